// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { actionableFrom, describeTarget as describeNow, runDeferredChecks } from '../../lib/semantics';

/** describeTarget, then the deferred uniqueness checks the content script runs when idle */
const describeTarget = (el: Element) => {
  const t = describeNow(el);
  runDeferredChecks();
  return t;
};

beforeEach(() => {
  document.body.innerHTML = `
    <nav aria-label="Main"><a href="#/a">Invoices</a><a href="#/b">Customers</a></nav>
    <main>
      <form aria-label="New invoice">
        <label for="c">Customer name</label><input id="c" data-testid="customer-name">
        <label for="e">Email</label><input id="e" type="email" placeholder="name@example.com">
        <button type="submit">Save</button>
        <button type="button">Cancel</button><button type="button">Cancel</button>
        <img src="x.png" alt="Company logo">
        <span title="Help text">?</span>
      </form>
      <div role="dialog" aria-label="Edit invoice"><button><span class="icon"></span><span>Save</span></button></div>
    </main>`;
});

const kinds = (el: Element) => describeTarget(el).selectors.map((s) => s.kind);

describe('selector ranking', () => {
  it('puts a unique test id first, then role+name, then label', () => {
    const el = document.querySelector('#c')!;
    const t = describeTarget(el);
    expect(t.role).toBe('textbox');
    expect(t.name).toBe('Customer name');
    expect(kinds(el).slice(0, 3)).toEqual(['testid', 'role', 'label']);
    expect(t.selectors[0]).toEqual({ kind: 'testid', value: 'internal:testid=[data-testid="customer-name"s]', unique: true });
    expect(t.selectors.at(-1)!.kind).toBe('xpath');
  });

  it('ranks placeholder after role and before label', () => {
    expect(kinds(document.querySelector('#e')!).slice(0, 3)).toEqual(['role', 'placeholder', 'label']);
  });

  it('marks role+name as not unique when two elements share it, and ranks unique selectors first', () => {
    const cancel = document.querySelectorAll('button')[1]!;
    const t = describeTarget(cancel);
    const role = t.selectors.find((s) => s.kind === 'role')!;
    expect(role.unique).toBe(false);
    expect(t.selectors[0]!.unique).toBe(true);
    expect(t.selectors[0]!.kind).toBe('css');
  });

  it('finds the role+name of "Save" ambiguous across form and dialog, and names the dialog in context', () => {
    const inDialog = document.querySelector('[role=dialog] button')!;
    const t = describeTarget(inDialog);
    expect(t.context.dialog).toEqual({ role: 'dialog', name: 'Edit invoice' });
    expect(t.context.landmark).toEqual({ role: 'main', name: '' });
    expect(t.selectors.find((s) => s.kind === 'role')!.unique).toBe(false);
  });

  it('uses alt for images and title where present', () => {
    expect(kinds(document.querySelector('img')!)).toContain('alt');
    expect(kinds(document.querySelector('span[title]')!)).toContain('title');
  });

  it('gives at least two selectors for any element, each unique where it says so', () => {
    for (const el of Array.from(document.querySelectorAll('*'))) {
      const sels = describeTarget(el).selectors;
      expect(sels.length).toBeGreaterThanOrEqual(2);
      const css = sels.find((s) => s.kind === 'css')!;
      expect(document.querySelectorAll(css.value.slice(4)).length).toBe(1);
    }
  });

  it('resolves a click on an icon inside a button to the button', () => {
    const icon = document.querySelector('.icon')!;
    const path = [icon, icon.parentElement!, icon.parentElement!.parentElement!, document.body];
    expect(actionableFrom(path)?.localName).toBe('button');
  });

  it('names the form context and the nav landmark', () => {
    expect(describeTarget(document.querySelector('#c')!).context.form).toEqual({ role: 'form', name: 'New invoice' });
    expect(describeTarget(document.querySelector('nav a')!).context.landmark).toEqual({ role: 'navigation', name: 'Main' });
  });
});

describe('uniqueness checks follow the page as it changes (cached page index)', () => {
  const roleUnique = (el: Element) => describeTarget(el).selectors.find((s) => s.kind === 'role')!.unique;
  const textUnique = (el: Element) => describeTarget(el).selectors.find((s) => s.kind === 'text')!.unique;
  const flush = () => Promise.resolve(); // lets MutationObserver records be delivered

  it('sees a text change that makes a name repeat, whether delivered or not', async () => {
    document.body.innerHTML = '<button id="a">Archive</button><button id="b">Restore</button>';
    const a = document.querySelector('#a')!;
    expect(roleUnique(a)).toBe(true);
    document.querySelector('#b')!.firstChild!.nodeValue = 'Archive'; // characterData, not yet delivered
    expect(roleUnique(a)).toBe(false);
    expect(textUnique(a)).toBe(false);
    document.querySelector('#b')!.textContent = 'Restore'; // childList
    await flush();
    expect(roleUnique(a)).toBe(true);
  });

  it('sees elements added and removed, and naming attributes changed', async () => {
    document.body.innerHTML = '<div><button id="a" aria-label="Close panel">x</button></div>';
    const a = document.querySelector('#a')!;
    expect(roleUnique(a)).toBe(true);
    const b = document.createElement('button');
    b.textContent = 'y';
    document.body.append(b);
    expect(roleUnique(a)).toBe(true);
    b.setAttribute('aria-label', 'Close panel');
    expect(roleUnique(a)).toBe(false);
    b.remove();
    await flush();
    expect(roleUnique(a)).toBe(true);
  });

  it('sees a role change through type, and a subtree changed while detached (recycled rows)', () => {
    document.body.innerHTML = '<ul><li><a href="#1" id="a">Alpha</a></li><li><a href="#2">Beta</a></li></ul><input id="i" type="hidden" value="Alpha">';
    const a = document.querySelector('#a')!;
    expect(roleUnique(a)).toBe(true);
    const li = document.querySelectorAll('li')[1]!;
    li.remove();
    li.querySelector('a')!.textContent = 'Alpha'; // not observed: detached
    document.querySelector('ul')!.append(li);
    expect(roleUnique(a)).toBe(false);
    const input = document.querySelector('#i')!;
    input.setAttribute('type', 'button');
    li.remove();
    expect(roleUnique(input)).toBe(true);
  });

  it('sees test ids and placeholders added, changed and removed', async () => {
    document.body.innerHTML = '<input id="a" data-testid="amount" placeholder="0.00"><input id="b">';
    const a = document.querySelector('#a')!;
    const unique = (kind: string) => describeTarget(a).selectors.find((s) => s.kind === kind)!.unique;
    expect(unique('testid')).toBe(true);
    expect(unique('placeholder')).toBe(true);
    const b = document.querySelector('#b')!;
    b.setAttribute('data-testid', 'amount');
    b.setAttribute('placeholder', '0.00');
    expect(unique('testid')).toBe(false);
    expect(unique('placeholder')).toBe(false);
    b.setAttribute('data-testid', 'total');
    b.remove();
    await flush();
    expect(unique('testid')).toBe(true);
    expect(unique('placeholder')).toBe(true);
  });

  it('keeps CSS and XPath positions right in a long table as rows are added, removed and moved', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => `<tr><td><a href="#r${i}">Row ${i}</a></td></tr>`).join('');
    document.body.innerHTML = `<table><tbody>${rows}</tbody></table>`;
    const tbody = document.querySelector('tbody')!;
    const link = (i: number) => tbody.children[i]!.querySelector('a')!;
    // positions as they are now (jsdom's own :nth-of-type matching caches results across changes)
    const resolves = (a: Element) => {
      const sels = describeTarget(a).selectors;
      const css = sels.find((s) => s.kind === 'css')!.value.replace(/^css=/, '');
      const xpath = sels.find((s) => s.kind === 'xpath')!.value.replace(/^xpath=/, '');
      const n = Array.prototype.indexOf.call(tbody.children, a.closest('tr')) + 1;
      return css === `html > body > table > tbody > tr:nth-of-type(${n}) > td > a` && xpath === `/html/body/table/tbody/tr[${n}]/td/a`;
    };
    expect(resolves(link(60))).toBe(true);
    expect(resolves(link(70))).toBe(true);
    tbody.firstElementChild!.remove(); // delivered later or taken before the next use
    expect(resolves(link(60))).toBe(true);
    tbody.prepend(tbody.lastElementChild!);
    await flush();
    expect(resolves(link(70))).toBe(true);
    tbody.insertBefore(document.createElement('tr'), tbody.children[50]!);
    expect(resolves(link(75))).toBe(true);
    expect(resolves(link(5))).toBe(true);
  });

  it('finds a repeat of the name in an element named from elsewhere (aria-labelledby) and in a labelled field', () => {
    document.body.innerHTML = '<span id="n">Alpha</span><a href="#1" id="a">Alpha</a><a href="#2" aria-labelledby="n">x</a>'
      + '<label for="f">Beta</label><input id="f"><input id="g" aria-label="Beta">';
    expect(roleUnique(document.querySelector('#a')!)).toBe(false);
    expect(roleUnique(document.querySelector('#g')!)).toBe(false);
    document.querySelector('[aria-labelledby]')!.removeAttribute('aria-labelledby');
    document.querySelector('label')!.textContent = 'Gamma';
    expect(roleUnique(document.querySelector('#a')!)).toBe(true);
    expect(roleUnique(document.querySelector('#g')!)).toBe(true);
  });

  it('checks a name that is only an ellipsis, or a word repeated inside one element, without looping', () => {
    document.body.innerHTML = '<button id="a">…</button><button>…</button><button id="c">Go go</button><button>Go</button>';
    expect(roleUnique(document.querySelector('#a')!)).toBe(false);
    expect(roleUnique(document.querySelector('#c')!)).toBe(true);
  });
});
