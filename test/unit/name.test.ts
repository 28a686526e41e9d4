// @vitest-environment jsdom
import { computeAccessibleName } from 'dom-accessibility-api';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpace, nameOf } from '../../lib/semantics/name';
import { roleOf } from '../../lib/semantics/role';

/** The general algorithm, as nameOf used it before its quick path for text-only elements. */
const reference = (el: Element) => {
  const t = collapseSpace(computeAccessibleName(el));
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
};

const tag = fc.constantFrom('a', 'button', 'div', 'span', 'li', 'td', 'th', 'h2', 'p', 'label', 'summary', 'option', 'section', 'form', 'nav', 'main', 'aside', 'dialog', 'ul', 'table', 'fieldset');
const role = fc.constantFrom(null, 'button', 'link', 'option', 'tab', 'menuitem', 'treeitem', 'gridcell', 'checkbox', 'heading', 'presentation', 'none', 'listbox', 'bogus', 'navigation', 'region', 'dialog', 'menu', 'grid', 'tablist', 'form', 'generic', 'paragraph', 'strong');
const text = fc.constantFrom('', ' ', 'Save', '  Save\n draft ', 'Save\u00a0now', 'x'.repeat(230), 'Ünïcødé', 'Edit');
const attrs = fc.record({
  role, text,
  href: fc.boolean(),
  id: fc.constantFrom(null, 't1', 't2'),
  title: fc.constantFrom(null, '', 'Tip', '  spaced  tip '),
  ariaLabel: fc.constantFrom(null, null, '', ' ', 'Close'),
  labelledby: fc.constantFrom(null, null, 'lab', 'nope', 'lab lab2', 'lab3', 'nope lab', 'lab lab', 'lab4', 'lab5 lab', 'lab6', 'lab7'),
  hidden: fc.constantFrom('no', 'no', 'no', 'hidden', 'aria-hidden', 'display', 'visibility'),
  child: fc.constantFrom(null, null, null, 'span', 'img', 'comment', 'icon', 'block', 'hidden-span', 'titled', 'nested', 'b'),
});

type Attrs = typeof attrs extends fc.Arbitrary<infer T> ? T : never;

function build(t: string, a: Attrs, wrapInLabel: boolean, labelFor: string | null): Element {
  document.body.innerHTML = '<span id="lab">Labelled elsewhere</span><span id="lab2" hidden>Hidden <b>label</b> <i style="display:none">gone</i></span>'
    + '<div id="lab3" aria-label="Aria ref">ignored</div><h2 id="lab4"><span aria-hidden="true">*</span>Heading<div>block</div></h2>'
    + '<span id="lab5" title="Only a title"></span><input id="lab6" value="A field"><span id="lab7" role="img" aria-label="Star">*</span>';
  if (labelFor) document.body.insertAdjacentHTML('beforeend', `<label for="${labelFor}">A label</label>`);
  const host = wrapInLabel ? document.body.appendChild(document.createElement('label')) : document.body;
  const el = document.createElement(t);
  if (a.role) el.setAttribute('role', a.role);
  if (a.href && t === 'a') el.setAttribute('href', '#x');
  if (a.id) el.id = a.id;
  if (a.title !== null) el.setAttribute('title', a.title);
  if (a.ariaLabel !== null) el.setAttribute('aria-label', a.ariaLabel);
  if (a.labelledby) el.setAttribute('aria-labelledby', a.labelledby);
  if (a.hidden === 'hidden') el.setAttribute('hidden', '');
  if (a.hidden === 'aria-hidden') el.setAttribute('aria-hidden', 'true');
  if (a.hidden === 'display') el.style.display = 'none';
  if (a.hidden === 'visibility') el.style.visibility = 'hidden';
  el.append(a.text);
  if (a.child === 'span') el.append(Object.assign(document.createElement('span'), { textContent: ' more' }));
  if (a.child === 'img') el.append(Object.assign(document.createElement('img'), { alt: 'icon' }));
  if (a.child === 'comment') el.append(document.createComment('note'));
  if (a.child === 'icon') el.prepend(Object.assign(document.createElement('span'), { className: 'icon', ariaHidden: 'true' }));
  if (a.child === 'icon') el.firstElementChild!.setAttribute('aria-hidden', 'true');
  if (a.child === 'block') el.append(Object.assign(document.createElement('div'), { textContent: 'second line' }));
  if (a.child === 'hidden-span') el.append(Object.assign(document.createElement('span'), { textContent: 'secret', hidden: true }));
  if (a.child === 'titled') el.append(Object.assign(document.createElement('span'), { title: 'tip' }));
  if (a.child === 'b') el.append(Object.assign(document.createElement('b'), { textContent: 'bold' }), 'tail');
  if (a.child === 'nested') {
    const outer = document.createElement('span');
    outer.append('a ', Object.assign(document.createElement('em'), { textContent: 'b' }), Object.assign(document.createElement('span'), { textContent: 'gone', style: 'display:none' }));
    el.append(outer);
  }
  host.append(el);
  return el;
}

const control = fc.constantFrom('input', 'input-email', 'input-checkbox', 'select', 'textarea');
const labelling = fc.record({
  how: fc.constantFrom('for', 'wrap', 'both', 'none', 'two'),
  content: fc.constantFrom('E-mail', '  Your  e-mail ', '', 'Name <span>first</span>', 'Amount <span aria-hidden="true">*</span>', 'Total <span hidden>x</span>', 'City <div>line</div>', 'Tip <span title="t"></span>', 'Embedded <input value="v">'),
  labelTitle: fc.constantFrom(null, 'Label tip'),
  labelHidden: fc.boolean(),
  ariaLabel: fc.constantFrom(null, 'Aria name'),
  title: fc.constantFrom(null, 'Field tip'),
  placeholder: fc.constantFrom(null, 'e.g. x'),
  hidden: fc.constantFrom('no', 'no', 'display', 'aria-hidden'),
});
type Labelling = typeof labelling extends fc.Arbitrary<infer T> ? T : never;

function buildControl(kind: string, l: Labelling): Element {
  document.body.innerHTML = '';
  const el = document.createElement(kind.startsWith('input') ? 'input' : kind);
  if (kind === 'input-email') (el as HTMLInputElement).type = 'email';
  if (kind === 'input-checkbox') (el as HTMLInputElement).type = 'checkbox';
  if (kind === 'select') el.innerHTML = '<option>One</option><option selected>Two</option>';
  el.id = 'f';
  if (l.ariaLabel) el.setAttribute('aria-label', l.ariaLabel);
  if (l.title) el.setAttribute('title', l.title);
  if (l.placeholder) el.setAttribute('placeholder', l.placeholder);
  if (l.hidden === 'display') (el as HTMLElement).style.display = 'none';
  if (l.hidden === 'aria-hidden') el.setAttribute('aria-hidden', 'true');
  const label = (forId: boolean) => {
    const lab = document.createElement('label');
    lab.innerHTML = l.content;
    if (forId) lab.htmlFor = 'f';
    if (l.labelTitle) lab.title = l.labelTitle;
    if (l.labelHidden) lab.style.display = 'none';
    return lab;
  };
  if (l.how === 'wrap' || l.how === 'both') {
    const lab = label(false);
    lab.append(el);
    document.body.append(lab);
  } else document.body.append(el);
  if (l.how === 'for' || l.how === 'both' || l.how === 'two') document.body.prepend(label(true));
  if (l.how === 'two') document.body.append(label(true));
  return el;
}

const cellContent = fc.constantFrom(
  'INV-1001', '<span class="mono">INV-1002</span>', '<a href="/c/1">Hooli</a>', '<a href="/c/2" title="t">Acme</a>',
  '<input type="checkbox" aria-label="Select invoice INV-1">', '<input type="checkbox">', '<input type="radio" aria-label=" ">',
  '<button><span aria-hidden="true"></span><span>Edit</span></button>', '<button aria-label="Delete row">x</button>',
  '<time datetime="2026-03-01">1 Mar</time>', '<span hidden>secret</span>', '<span style="display:none">gone</span>',
  '<div>block</div>', '<b>bold</b> text', '', '<img alt="logo">', '<span role="img" aria-label="star">*</span>',
);
const rowSpec = fc.record({ cells: fc.array(cellContent, { minLength: 1, maxLength: 5 }), th: fc.boolean(), rowLabel: fc.constantFrom(null, 'Row label'), rowRole: fc.constantFrom(null, 'row', 'button') });

describe('nameOf', () => {
  it('names table rows from their cells as the general algorithm does', () => {
    fc.assert(
      fc.property(rowSpec, (r) => {
        const cells = r.cells.map((c, i) => (r.th && i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('');
        document.body.innerHTML = `<table><tbody><tr id="r"${r.rowLabel ? ` aria-label="${r.rowLabel}"` : ''}${r.rowRole ? ` role="${r.rowRole}"` : ''}>${cells}</tr></tbody></table>`;
        const tr = document.querySelector('#r')!;
        expect(nameOf(tr, roleOf(tr))).toBe(reference(tr));
        for (const el of Array.from(tr.querySelectorAll('*'))) expect(nameOf(el, roleOf(el))).toBe(reference(el));
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it('names form controls by their labels as the general algorithm does', () => {
    fc.assert(
      fc.property(control, labelling, (kind, l) => {
        const el = buildControl(kind, l);
        expect(nameOf(el, roleOf(el))).toBe(reference(el));
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('gives the same name as the general AccName algorithm, quick path or not', () => {
    fc.assert(
      fc.property(tag, attrs, fc.boolean(), fc.constantFrom(null, 't1', 't2'), (t, a, inLabel, labelFor) => {
        const el = build(t, a, inLabel, labelFor);
        expect(nameOf(el, roleOf(el))).toBe(reference(el));
        expect(nameOf(el)).toBe(reference(el));
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('names a text-only button from its text, and from its label when one points at it', () => {
    document.body.innerHTML = '<button id="b"> Save  draft </button><button id="c">Go</button><label for="c">Proceed</label>';
    expect(nameOf(document.querySelector('#b')!)).toBe('Save draft');
    expect(nameOf(document.querySelector('#c')!)).toBe('Proceed');
  });

  it('falls back to the title of a text-less link, and names hidden elements nothing', () => {
    document.body.innerHTML = '<a href="#" id="a" title=" Help  centre "> </a><a href="#" id="h" style="display:none">Gone</a>';
    expect(nameOf(document.querySelector('#a')!)).toBe('Help centre');
    expect(nameOf(document.querySelector('#h')!)).toBe('');
  });

  it('gives the same name without style reads for the elements a pointer hit (rendered ones)', () => {
    fc.assert(
      fc.property(tag, attrs, fc.boolean(), fc.constantFrom(null, 't1', 't2'), fc.boolean(), (t, a, inLabel, labelFor, deep) => {
        const el = build(t, a, inLabel, labelFor);
        // only a rendered element can be hit (a closed <dialog>, for one, is not)
        const rendered = (x: Element | null): x is Element => !!x && getComputedStyle(x).display !== 'none' && getComputedStyle(x).visibility !== 'hidden';
        fc.pre(rendered(el));
        // the hit: el or its first rendered element child (and that one's child), as a browser could hit them
        const shown = new Set<Element>();
        for (let x: Element | null = el; x; x = x.parentElement) shown.add(x);
        const child = el.firstElementChild;
        if (rendered(child)) {
          shown.add(child);
          if (deep && rendered(child.firstElementChild)) shown.add(child.firstElementChild);
        }
        expect(nameOf(el, roleOf(el), shown)).toBe(reference(el));
      }),
      { numRuns: 1500 },
    );
  }, 30_000);
});
