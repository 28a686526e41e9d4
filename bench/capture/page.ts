/**
 * The benchmark page: a generated "invoices" back-office app of more than 5,000 elements,
 * built the way real apps are (landmarks, a labelled form, native selects, a custom combobox
 * and a listbox, a long table whose rows repeat "Edit" / "Delete" buttons, a modal dialog),
 * with a little app code so that interactions change state and styles as they do in real apps.
 *
 * The page loads one script, `/bench.js` (the capture code under test or rrweb), or none.
 */

export const ROWS = 270;
export const COUNTRIES = 60;
export const LISTBOX_OPTIONS = 24;
export const COMBO_OPTIONS = 30;

const CUSTOMERS = [
  'Acme Corp', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises', 'Wonka Industries',
  'Tyrell Corp', 'Cyberdyne', 'Soylent', 'Aperture Science', 'Black Mesa', 'Vandelay Industries', 'Pied Piper', 'Dunder Mifflin',
];
const STATUSES = ['Draft', 'Sent', 'Paid', 'Overdue', 'Void'];
const NAV = ['Dashboard', 'Invoices', 'Customers', 'Products', 'Payments', 'Reports', 'Taxes', 'Settings'];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function row(i: number): string {
  const customer = CUSTOMERS[i % CUSTOMERS.length]!;
  const status = STATUSES[(i * 7) % STATUSES.length]!;
  const amount = ((i * 7919) % 100000) / 100;
  const day = 1 + (i % 28);
  return `<tr data-row="${i}">
<td class="sel"><input type="checkbox" aria-label="Select invoice INV-${1000 + i}"></td>
<td class="num"><span class="mono">INV-${1000 + i}</span></td>
<td><a href="/customers/${i % CUSTOMERS.length}" class="cust">${esc(customer)}</a></td>
<td class="amt">${amount.toFixed(2)} €</td>
<td><span class="badge b-${status.toLowerCase()}">${status}</span></td>
<td><time datetime="2026-03-${String(day).padStart(2, '0')}">${day} Mar 2026</time></td>
<td class="actions"><button type="button" data-act="edit"><span class="icon" aria-hidden="true"></span><span>Edit</span></button><button type="button" data-act="delete" class="danger"><span class="icon" aria-hidden="true"></span><span>Delete</span></button></td>
</tr>`;
}

const CSS = `
*{box-sizing:border-box}body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#222}
header{display:flex;gap:16px;align-items:center;padding:8px 16px;background:#123;color:#fff}
header nav ul{display:flex;gap:8px;list-style:none;margin:0;padding:0}header nav a{color:#cde;text-decoration:none;padding:4px 8px;border-radius:4px}
header nav a[aria-current=page]{background:#345;color:#fff}header nav a:hover{background:#234}
.layout{display:grid;grid-template-columns:320px 1fr;gap:16px;padding:16px}
aside form .field{display:flex;flex-direction:column;margin-bottom:8px}input,select,textarea{font:inherit;padding:4px}
input:focus,select:focus,textarea:focus,button:focus{outline:2px solid #39f}
button{cursor:pointer;border:1px solid #99a;background:#f4f4f8;border-radius:4px;padding:2px 8px;margin:0 2px}
button:hover{background:#e6e6ef}button:active{background:#dde}button.danger{color:#a00}
.icon{display:inline-block;width:10px;height:10px;background:currentColor;margin-right:4px;border-radius:2px}
.toolbar{display:flex;gap:4px;margin-bottom:8px}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:3px 6px;text-align:left}
tbody tr:hover{background:#f6f9ff}tr.selected{background:#eef6ee}tr.editing td{background:#fff8e0}tr.active{outline:2px solid #39f}
.badge{padding:1px 6px;border-radius:8px;background:#eee}.b-paid{background:#dfd}.b-overdue{background:#fdd}
[role=listbox]{border:1px solid #aab;max-height:160px;overflow:auto;padding:2px}[role=option]{padding:2px 6px;cursor:default}
[role=option][aria-selected=true]{background:#39f;color:#fff}[role=option]:hover{background:#dde}
.combo{position:relative}.combo [role=listbox]{position:absolute;z-index:5;background:#fff;width:100%}
[role=combobox]{border:1px solid #99a;padding:4px;border-radius:4px}
body.palette #palette{display:block}#palette{display:none;pointer-events:none;position:fixed;top:20%;left:30%;background:#fff;border:1px solid #333;padding:12px}
body.help #help{display:block}#help{display:none}
dialog::backdrop{background:rgba(0,0,0,.3)}
.status{min-height:1.4em}
/* generated text in names, as in many apps: an icon font's glyphs and required-field marks */
.fi::before{content:"\\e900";font-family:monospace;margin-right:4px}
label.req::after{content:" *";color:#b00}
`;

/** App behaviour: state changes of the kind real apps make on the same events. */
const APP = `
(() => {
  const $ = (s, r = document) => r.querySelector(s);
  document.querySelector('header nav').addEventListener('click', (e) => {
    const a = e.target.closest('a'); if (!a) return;
    e.preventDefault();
    for (const x of document.querySelectorAll('header nav a')) x.removeAttribute('aria-current');
    a.setAttribute('aria-current', 'page');
    history.pushState({}, '', a.getAttribute('href'));
    $('#page-title').textContent = a.textContent;
  });
  const table = $('#invoices');
  let confirmRow = null;
  table.addEventListener('click', (e) => {
    const tr = e.target.closest('tr[data-row]'); if (!tr) return;
    const a = e.target.closest('a'); if (a) { e.preventDefault(); $('#status').textContent = 'Customer ' + a.textContent; return; }
    const b = e.target.closest('button');
    if (b && b.dataset.act === 'edit') { tr.classList.toggle('editing'); return; }
    if (b && b.dataset.act === 'delete') { confirmRow = tr; $('#confirm-text').textContent = 'Delete ' + tr.querySelector('.mono').textContent + '?'; $('#confirm').showModal(); return; }
    for (const x of table.querySelectorAll('tr.active')) x.classList.remove('active');
    tr.classList.add('active');
  });
  table.addEventListener('change', (e) => {
    const tr = e.target.closest('tr[data-row]'); if (tr) tr.classList.toggle('selected', e.target.checked);
    $('#selected-count').textContent = table.querySelectorAll('tbody input:checked').length + ' selected';
  });
  $('#confirm').addEventListener('click', (e) => {
    const b = e.target.closest('button'); if (!b) return;
    if (b.value === 'delete' && confirmRow) confirmRow.classList.add('deleted');
    $('#confirm').close();
  });
  $('#invoice-form').addEventListener('submit', (e) => { e.preventDefault(); $('#status').textContent = 'Saved at ' + new Date().toLocaleTimeString(); });
  const listbox = $('#priority');
  listbox.addEventListener('click', (e) => {
    const o = e.target.closest('[role=option]'); if (!o) return;
    for (const x of listbox.querySelectorAll('[aria-selected=true]')) x.setAttribute('aria-selected', 'false');
    o.setAttribute('aria-selected', 'true');
  });
  const combo = $('#assignee'), list = $('#assignee-list');
  const setOpen = (open) => { combo.setAttribute('aria-expanded', String(open)); list.hidden = !open; };
  combo.addEventListener('click', () => setOpen(list.hidden));
  list.addEventListener('click', (e) => {
    const o = e.target.closest('[role=option]'); if (!o) return;
    for (const x of list.querySelectorAll('[aria-selected=true]')) x.setAttribute('aria-selected', 'false');
    o.setAttribute('aria-selected', 'true'); combo.textContent = o.textContent; setOpen(false);
  });
  for (const b of document.querySelectorAll('.toolbar button')) b.addEventListener('click', () => { $('#status').textContent = b.textContent + ' clicked'; });
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') { e.preventDefault(); document.body.classList.toggle('palette'); }
    else if (e.key === '?' && !e.target.closest('input,textarea,select,[contenteditable]')) document.body.classList.toggle('help');
  });
})();
`;

export function pageHtml(script: string | null): string {
  const nav = NAV.map((n, i) => `<li><a href="/app/${n.toLowerCase()}"${i === 1 ? ' aria-current="page"' : ''}>${n}</a></li>`).join('');
  const countries = Array.from({ length: COUNTRIES }, (_, i) => `<option value="c${i}">Country ${i}</option>`).join('');
  const currencies = ['EUR', 'USD', 'GBP', 'JPY', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK'].map((c) => `<option>${c}</option>`).join('');
  const statusOpts = STATUSES.map((s) => `<option>${s}</option>`).join('');
  const prio = Array.from({ length: LISTBOX_OPTIONS }, (_, i) => `<div role="option" id="prio-${i}" aria-selected="${i === 0}">Priority level ${i}</div>`).join('');
  const assignees = Array.from({ length: COMBO_OPTIONS }, (_, i) => `<div role="option" id="as-${i}" aria-selected="false">Person ${i}</div>`).join('');
  const rows = Array.from({ length: ROWS }, (_, i) => row(i)).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Invoices — Acme Back Office</title><link rel="icon" href="data:,">
<style>${CSS}</style>
${script ? `<script src="${script}"></script>` : ''}
</head><body>
<header><strong>Acme Back Office</strong>
<nav aria-label="Main"><ul>${nav}</ul></nav>
<form role="search" aria-label="Site"><input type="search" id="q" placeholder="Search invoices" aria-label="Search"></form>
</header>
<div class="layout">
<aside aria-label="Invoice editor">
<form id="invoice-form" aria-label="New invoice" novalidate>
<div class="field"><label for="customer" class="req">Customer name</label><input id="customer" name="customer" data-testid="customer-name"></div>
<div class="field"><label for="email" class="req">Email</label><input id="email" type="email" placeholder="name@example.com"></div>
<div class="field"><label for="phone">Phone</label><input id="phone" type="tel"></div>
<div class="field"><label for="ref">Reference</label><input id="ref"></div>
<div class="field"><label for="amount">Amount</label><input id="amount" type="number"></div>
<div class="field"><label for="country">Country</label><select id="country">${countries}</select></div>
<div class="field"><label for="currency">Currency</label><select id="currency">${currencies}</select></div>
<div class="field"><label for="status-sel">Status</label><select id="status-sel">${statusOpts}</select></div>
<div class="field"><span id="assignee-label">Assignee</span><div class="combo">
<div role="combobox" id="assignee" tabindex="0" aria-labelledby="assignee-label" aria-haspopup="listbox" aria-controls="assignee-list" aria-expanded="false">Unassigned</div>
<div role="listbox" id="assignee-list" aria-labelledby="assignee-label" hidden>${assignees}</div></div></div>
<div class="field"><span id="priority-label">Priority</span><div role="listbox" id="priority" aria-labelledby="priority-label" tabindex="0">${prio}</div></div>
<div class="field"><label for="notes">Notes</label><textarea id="notes" rows="3"></textarea></div>
<div class="field"><label><input type="checkbox" id="copy"> Send me a copy</label></div>
<div class="toolbar"><button type="submit" data-testid="save">Save</button><button type="reset">Reset</button></div>
</form>
<p id="status" class="status" role="status"></p>
</aside>
<main>
<h1 id="page-title">Invoices</h1>
<div class="toolbar" role="toolbar" aria-label="Invoice actions">
<button type="button" data-testid="new-invoice"><i class="fi"></i>New invoice</button><button type="button"><i class="fi"></i>Export</button><button type="button"><i class="fi"></i>Import</button><button type="button"><i class="fi"></i>Filters</button><button type="button"><i class="fi"></i>Columns</button><span id="selected-count">0 selected</span>
</div>
<table id="invoices" aria-label="Invoices">
<thead><tr><th scope="col"><span class="sr">Select</span></th><th scope="col">Number</th><th scope="col">Customer</th><th scope="col">Amount</th><th scope="col">Status</th><th scope="col">Date</th><th scope="col">Actions</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</main>
</div>
<dialog id="confirm" aria-labelledby="confirm-title"><h2 id="confirm-title">Delete invoice</h2><p id="confirm-text"></p>
<form method="dialog"><button value="cancel" type="button">Cancel</button><button value="delete" type="button" class="danger">Delete</button></form></dialog>
<div id="palette" role="dialog" aria-label="Command palette"><input aria-label="Command"><ul><li>Go to invoices</li><li>New invoice</li></ul></div>
<section id="help" aria-label="Keyboard shortcuts"><h2>Shortcuts</h2><dl><dt>Ctrl+K</dt><dd>Command palette</dd><dt>?</dt><dd>This help</dd></dl></section>
<footer><p>© Acme</p></footer>
<script>${APP}</script>
</body></html>`;
}
