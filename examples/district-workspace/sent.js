// Lists what the form sent (the query of this page): each entry's name, and its value, indented
// when it is JSON. Text only (textContent), so the page keeps to Trusted Types.
const list = document.getElementById('received');
const entries = [...new URLSearchParams(window.location.search)];
for (const [name, value] of entries) {
  const term = document.createElement('dt');
  term.textContent = name;
  const detail = document.createElement('dd');
  const text = document.createElement('pre');
  text.dataset.entry = name;
  // A long value scrolls in its box; the box takes the focus so a keyboard can scroll it.
  text.tabIndex = 0;
  text.setAttribute('aria-label', name);
  try {
    text.textContent = JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    text.textContent = value;
  }
  detail.append(text);
  list.append(term, detail);
}
if (entries.length === 0) {
  const none = document.createElement('p');
  none.textContent = 'The form sent nothing.';
  list.replaceWith(none);
}
