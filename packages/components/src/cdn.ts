// Entry of the CDN bundle (dist/cdn/sel-components.js, built by vite.cdn.config.mjs): a page that
// loads it with one <script type="module"> gets every <sel-*> element registered, and a script on
// that page can import the classes and helpers from the same URL.
import './rubric/define.js';
import './milestone-timeline/define.js';
import './partner-card-sort/define.js';
import './status-map/define.js';
import './assessment-report/define.js';
import './resource-finder/define.js';
import './action-plan/define.js';
import './partner-inventory/define.js';
import './partner-touchpoints/define.js';

export * from './index.js';
