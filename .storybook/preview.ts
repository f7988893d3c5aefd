import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { configure } from 'storybook/test';
import manifest from 'virtual:sel/custom-elements';

// Autodocs read attributes, properties, events, slots, parts and CSS properties from here.
setCustomElementsManifest(manifest);

// A play function's `waitFor` gives up after this long, as the component tests' `expect.poll`
// does: code loaded on first use and lists drawn over frames take longer than testing-library's
// default second on a busy machine (a clean clone serves every module cold).
configure({ asyncUtilTimeout: 10_000 });

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true, matchers: { date: /date$/i } },
    // A violation fails the story's test instead of only being reported in the panel.
    a11y: { test: 'error' },
    docs: { toc: { headingSelector: 'h2, h3' } },
    options: {
      // The docs site's sidebar: start here, then the guides, the elements and the reference.
      storySort: {
        order: [
          'Introduction',
          'Guides',
          [
            'Embedding in a CMS page',
            'CDN: autoloader and chunks',
            'JavaScript and bundlers',
            'React',
            'Vue',
            'Theming',
            'Forms',
            'Security model',
            'Browsers',
            'Performance',
          ],
          'Components',
          'Reference',
          'Packages',
          'Contributing',
        ],
      },
    },
  },
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      // Components follow <html lang>, so the toolbar switch reaches every element in the story.
      const locale: unknown = context.globals['locale'];
      document.documentElement.lang = typeof locale === 'string' ? locale : 'en';
      return story();
    },
  ],
};

export default preview;
