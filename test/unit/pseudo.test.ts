// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { contentText, forgetGeneratingRules, generatesIn, generatingRules, mayGenerate as mayGenerateWith } from '../../lib/semantics/pseudo';

const mayGenerate = (el: Element) => { const r = generatingRules(document); return r !== null && mayGenerateWith(el, r) !== 0; };
const rootMayGenerate = (root: Document) => generatingRules(root) !== null;

describe('contentText (a computed `content` value, read as Playwright reads it)', () => {
  const el = document.createElement('span');
  el.setAttribute('data-count', '3');
  it.each([
    ['"a"', 'a'],
    ['"a" "b"', 'ab'],
    ["'it''s'", 'its'],
    ['"\\e900"', '\ue900'],
    ['"\\2605 x"', '★x'],
    ['"\\"q\\""', '"q"'],
    ['" (" attr(data-count) ")"', ' (3)'],
    ['attr(missing)', ''],
    ['"✓" / "Done"', 'Done'],
    ['"✓" / ""', ''],
    ['counter(item) ". "', ''],
    ['url(x.png)', ''],
    ['open-quote', ''],
    ['none', ''],
    ['normal', ''],
    ['""', ''],
  ])('%s → %j', (value, text) => {
    expect(contentText(el, value)).toBe(text);
  });
});

describe('mayGenerate (which elements a ::before or ::after rule with text may match)', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });
  const page = async (css: string, html: string) => {
    forgetGeneratingRules();
    document.head.innerHTML = `<style>${css}</style>`;
    document.body.innerHTML = html;
  };

  it('is false everywhere on a page without such rules, and the root says so', async () => {
    await page('.a { color: red } .deco::before { content: ""; display: block } .x::after { content: none }', '<p class="a deco x" id="p">t</p>');
    expect(rootMayGenerate(document)).toBe(false);
    expect(mayGenerate(document.getElementById('p')!)).toBe(false);
  });

  it('finds the subjects of rules with text, by class, id, tag and other selectors, in lists and @media', async () => {
    await page(
      '.icon::before { content: "\\e900" } #one:after { content: "!" } button.b::after { content: "*" } '
      + '@media screen { .m::after { content: "m" } } .y, [data-req]::after { content: " *" } nav li > a.c::before { content: ">" }',
      '<i class="icon" id="i"></i><span id="one"></span><button class="b" id="b"></button><span class="b" id="sb"></span>'
      + '<span class="m" id="m"></span><span class="y" id="y"></span><label data-req id="r"></label><nav><li><a class="c" id="c"></a></li></nav><a class="c" id="c2"></a><p id="p"></p>',
    );
    expect(rootMayGenerate(document)).toBe(true);
    const may = (id: string) => mayGenerate(document.getElementById(id)!);
    expect(['i', 'one', 'b', 'm', 'r', 'c'].filter(may)).toEqual(['i', 'one', 'b', 'm', 'r', 'c']);
    // `.y` has no pseudo-element in its part of the list; the others do not match
    expect(['sb', 'y', 'c2', 'p'].filter(may)).toEqual([]);
    // an element with such a subject inside it, or none
    const rules = generatingRules(document)!;
    // which pseudo-element: 1 ::before, 2 ::after
    expect(mayGenerateWith(document.getElementById('i')!, rules)).toBe(1);
    expect(mayGenerateWith(document.getElementById('one')!, rules)).toBe(2);
    expect(generatesIn(document.querySelector('nav')!, rules)).toBe(true);
    expect(generatesIn(document.getElementById('p')!, rules)).toBe(false);
  });

  it('reads large style sheets in idle time, not in the handler that first asks', async () => {
    const many = Array.from({ length: 1600 }, (_, i) => `.c${i} { color: red }`).join('\n');
    await page(`${many}\n.big::after { content: "!" }`, '<b class="big" id="big"></b>');
    // not read yet: no generated text is looked for
    expect(mayGenerate(document.getElementById('big')!)).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(mayGenerate(document.getElementById('big')!)).toBe(true);
  });

  it('sees rules added later (after the recheck interval)', async () => {
    await page('', '<i class="late" id="l"></i>');
    expect(mayGenerate(document.getElementById('l')!)).toBe(false);
    document.head.insertAdjacentHTML('beforeend', '<style>.late::before { content: "L" }</style>');
    // the style sheets are compared with their last reading at most once a second
    expect(mayGenerate(document.getElementById('l')!)).toBe(false);
    await new Promise((r) => setTimeout(r, 1050));
    expect(mayGenerate(document.getElementById('l')!)).toBe(true);
  });
});
