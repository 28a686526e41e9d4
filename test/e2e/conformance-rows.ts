import { type Page, expect } from '@playwright/test';

export interface Row {
  /** gallery page under /gallery/ */
  page: 'native' | 'apg' | 'mui' | 'shoelace';
  library: string;
  widget: string;
  interaction: 'mouse' | 'keyboard';
  /** what the person does */
  how: string;
  run(page: Page): Promise<void>;
  /** the one select step expected, in describeStep form: `select role "name" widget label` */
  expected: string;
}

const section = (page: Page, name: string) => page.getByRole('region', { name });

/**
 * Every widget × interaction of the conformance table. Each row must produce exactly one
 * `select` step naming the chosen option and the widget.
 */
export const ROWS: Row[] = [
  // native controls
  { page: 'native', library: 'HTML', widget: 'select', interaction: 'mouse', how: 'pick "Banana"',
    run: (p) => p.getByLabel('Fruit').selectOption({ label: 'Banana' }).then(() => {}), expected: 'select combobox "Fruit" native Banana' },
  { page: 'native', library: 'HTML', widget: 'select', interaction: 'keyboard', how: 'focus, ArrowDown',
    run: async (p) => { await p.getByLabel('Fruit').focus(); await p.keyboard.press('ArrowDown'); }, expected: 'select combobox "Fruit" native Cherry' },
  { page: 'native', library: 'HTML', widget: 'select multiple', interaction: 'mouse', how: 'pick "Olives"',
    run: (p) => p.getByLabel('Toppings').selectOption({ label: 'Olives' }).then(() => {}), expected: 'select listbox "Toppings" native Olives' },
  { page: 'native', library: 'HTML', widget: 'select multiple', interaction: 'keyboard', how: 'focus, ArrowDown',
    run: async (p) => { await p.getByLabel('Toppings').focus(); await p.keyboard.press('ArrowDown'); }, expected: 'select listbox "Toppings" native Peppers' },
  { page: 'native', library: 'HTML', widget: 'input + datalist', interaction: 'mouse', how: 'pick "Firefox" (the suggestion popup is browser UI that headless Chromium does not draw: the pick is replayed as the input event Chromium sends for it)',
    run: (p) => p.getByRole('combobox', { name: 'Browser' }).evaluate((el: HTMLInputElement) => {
      el.value = 'Firefox';
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
    }), expected: 'select combobox "Browser" datalist Firefox' },
  { page: 'native', library: 'HTML', widget: 'select with optgroup', interaction: 'mouse', how: 'pick "Japan"',
    run: (p) => p.getByLabel('Destination').selectOption({ label: 'Japan' }).then(() => {}), expected: 'select combobox "Destination" native Japan' },
  { page: 'native', library: 'HTML', widget: 'select with optgroup', interaction: 'keyboard', how: 'focus, ArrowDown',
    run: async (p) => { await p.getByLabel('Destination').focus(); await p.keyboard.press('ArrowDown'); }, expected: 'select combobox "Destination" native India' },
  { page: 'native', library: 'HTML', widget: 'radio group', interaction: 'mouse', how: 'click "Express"',
    run: (p) => p.getByRole('radio', { name: 'Express' }).check(), expected: 'select group "Shipping" radio Express' },
  { page: 'native', library: 'HTML', widget: 'radio group', interaction: 'keyboard', how: 'ArrowDown from "Express"',
    run: async (p) => { await p.getByRole('radio', { name: 'Express' }).focus(); await p.keyboard.press('ArrowDown'); }, expected: 'select group "Shipping" radio Overnight' },

  // WAI-ARIA APG patterns
  { page: 'apg', library: 'APG', widget: 'select-only combobox', interaction: 'mouse', how: 'open, click "Green"',
    run: async (p) => { await p.getByRole('combobox', { name: 'Favorite color' }).click(); await p.getByRole('option', { name: 'Green' }).click(); },
    expected: 'select combobox "Favorite color" combobox Green' },
  { page: 'apg', library: 'APG', widget: 'select-only combobox', interaction: 'keyboard', how: 'type-ahead "b", Enter',
    run: async (p) => { await p.getByRole('combobox', { name: 'Favorite color' }).focus(); await p.keyboard.press('b'); await p.keyboard.press('Enter'); },
    expected: 'select combobox "Favorite color" combobox Blue' },
  { page: 'apg', library: 'APG', widget: 'editable combobox', interaction: 'mouse', how: 'type "Ar", click "Arizona"',
    run: async (p) => { await p.getByRole('combobox', { name: 'State' }).fill('Ar'); await p.getByRole('option', { name: 'Arizona' }).click(); },
    expected: 'select combobox "State" combobox Arizona' },
  { page: 'apg', library: 'APG', widget: 'editable combobox', interaction: 'keyboard', how: 'type "Ark", ArrowDown, Enter',
    run: async (p) => { await p.getByRole('combobox', { name: 'State' }).fill(''); await p.getByRole('combobox', { name: 'State' }).pressSequentially('Ark'); await p.keyboard.press('ArrowDown'); await p.keyboard.press('Enter'); },
    expected: 'select combobox "State" combobox Arkansas' },
  { page: 'apg', library: 'APG', widget: 'listbox', interaction: 'mouse', how: 'click "Tram"',
    run: (p) => p.getByRole('option', { name: 'Tram' }).click(), expected: 'select listbox "Transport" listbox Tram' },
  { page: 'apg', library: 'APG', widget: 'listbox', interaction: 'keyboard', how: 'type-ahead "f"',
    run: async (p) => { await p.getByRole('listbox', { name: 'Transport' }).focus(); await p.keyboard.press('f'); }, expected: 'select listbox "Transport" listbox Ferry' },
  { page: 'apg', library: 'APG', widget: 'menu button', interaction: 'mouse', how: 'open, click "Archive"',
    run: async (p) => { await p.getByRole('button', { name: 'Actions' }).click(); await p.getByRole('menuitem', { name: 'Archive' }).click(); },
    expected: 'select button "Actions" menu Archive' },
  { page: 'apg', library: 'APG', widget: 'menu button', interaction: 'keyboard', how: 'Enter, ArrowDown, Enter',
    run: async (p) => { await p.getByRole('button', { name: 'Actions' }).focus(); await p.keyboard.press('Enter'); await p.keyboard.press('ArrowDown'); await p.keyboard.press('Enter'); },
    expected: 'select button "Actions" menu Duplicate' },
  { page: 'apg', library: 'APG', widget: 'tabs', interaction: 'mouse', how: 'click "Advanced"',
    run: (p) => p.getByRole('tab', { name: 'Advanced' }).click(), expected: 'select tablist "Settings sections" tabs Advanced' },
  { page: 'apg', library: 'APG', widget: 'tabs', interaction: 'keyboard', how: 'ArrowLeft from "Advanced"',
    run: async (p) => { await p.getByRole('tab', { name: 'Advanced' }).focus(); await p.keyboard.press('ArrowLeft'); },
    expected: 'select tablist "Settings sections" tabs Privacy' },
  { page: 'apg', library: 'APG', widget: 'tree', interaction: 'mouse', how: 'click "Notes.txt"',
    run: (p) => p.getByRole('treeitem', { name: 'Notes.txt' }).click(), expected: 'select tree "Files" tree Notes.txt' },
  { page: 'apg', library: 'APG', widget: 'tree', interaction: 'keyboard', how: 'ArrowUp from "Notes.txt", Enter',
    run: async (p) => { await p.getByRole('treeitem', { name: 'Notes.txt' }).focus(); await p.keyboard.press('ArrowUp'); await p.keyboard.press('Enter'); },
    expected: 'select tree "Files" tree Pictures' },
  { page: 'apg', library: 'APG', widget: 'radio group', interaction: 'mouse', how: 'click "Large"',
    run: (p) => p.getByRole('radio', { name: 'Large' }).click(), expected: 'select radiogroup "Size" radio Large' },
  { page: 'apg', library: 'APG', widget: 'radio group', interaction: 'keyboard', how: 'ArrowUp from "Large"',
    run: async (p) => { await p.getByRole('radio', { name: 'Large' }).focus(); await p.keyboard.press('ArrowUp'); },
    expected: 'select radiogroup "Size" radio Medium' },
  { page: 'apg', library: 'APG', widget: 'grid', interaction: 'mouse', how: 'click "B2"',
    run: (p) => p.getByRole('gridcell', { name: 'B2' }).click(), expected: 'select grid "Seats" grid B2' },
  { page: 'apg', library: 'APG', widget: 'grid', interaction: 'keyboard', how: 'ArrowRight from "B2", Enter',
    run: async (p) => { await p.getByRole('gridcell', { name: 'B2' }).focus(); await p.keyboard.press('ArrowRight'); await p.keyboard.press('Enter'); },
    expected: 'select grid "Seats" grid B3' },

  // MUI (React)
  { page: 'mui', library: 'MUI', widget: 'Select', interaction: 'mouse', how: 'open, click "Twenty"',
    run: async (p) => { await p.getByRole('combobox', { name: 'Age' }).click(); await p.getByRole('option', { name: 'Twenty' }).click(); },
    expected: 'select combobox "Age" combobox Twenty' },
  { page: 'mui', library: 'MUI', widget: 'Select', interaction: 'keyboard', how: 'Enter, ArrowDown, Enter',
    run: async (p) => { await p.getByRole('combobox', { name: 'Age' }).focus(); await p.keyboard.press('Enter'); await p.getByRole('listbox').waitFor(); await p.keyboard.press('ArrowDown'); await p.keyboard.press('Enter'); },
    expected: 'select combobox "Age" combobox Thirty' },
  { page: 'mui', library: 'MUI', widget: 'Autocomplete', interaction: 'mouse', how: 'type "Inc", click "Inception"',
    run: async (p) => { await p.getByRole('combobox', { name: 'Movie' }).click(); await p.keyboard.type('Inc'); await p.getByRole('option', { name: 'Inception' }).click(); },
    expected: 'select combobox "Movie" combobox Inception' },
  { page: 'mui', library: 'MUI', widget: 'Autocomplete', interaction: 'keyboard', how: 'type "Pul", ArrowDown, Enter',
    run: async (p) => { await p.getByRole('combobox', { name: 'Movie' }).fill(''); await p.getByRole('combobox', { name: 'Movie' }).pressSequentially('Pul'); await p.keyboard.press('ArrowDown'); await p.keyboard.press('Enter'); },
    expected: 'select combobox "Movie" combobox Pulp Fiction' },
  { page: 'mui', library: 'MUI', widget: 'Menu', interaction: 'mouse', how: 'open, click "My account"',
    run: async (p) => { await p.getByRole('button', { name: 'Options' }).click(); await p.getByRole('menuitem', { name: 'My account' }).click(); },
    expected: 'select button "Options" menu My account' },
  { page: 'mui', library: 'MUI', widget: 'Menu', interaction: 'keyboard', how: 'Enter, ArrowDown, Enter',
    run: async (p) => { await p.getByRole('button', { name: 'Options' }).focus(); await p.keyboard.press('Enter'); await p.getByRole('menu').waitFor(); await p.keyboard.press('ArrowDown'); await p.keyboard.press('Enter'); },
    expected: 'select button "Options" menu My account' },
  { page: 'mui', library: 'MUI', widget: 'Tabs', interaction: 'mouse', how: 'click "Billing"',
    run: (p) => p.getByRole('tab', { name: 'Billing' }).click(), expected: 'select tablist "Account tabs" tabs Billing' },
  { page: 'mui', library: 'MUI', widget: 'Tabs', interaction: 'keyboard', how: 'ArrowRight from "Billing", Enter',
    run: async (p) => { await p.getByRole('tab', { name: 'Billing' }).focus(); await p.keyboard.press('ArrowRight'); await p.keyboard.press('Enter'); },
    expected: 'select tablist "Account tabs" tabs Security' },
  { page: 'mui', library: 'MUI', widget: 'RadioGroup', interaction: 'mouse', how: 'click "Pro"',
    run: (p) => p.getByRole('radio', { name: 'Pro' }).check(), expected: 'select radiogroup "Plan" radio Pro' },
  { page: 'mui', library: 'MUI', widget: 'RadioGroup', interaction: 'keyboard', how: 'ArrowDown from "Pro"',
    run: async (p) => { await p.getByRole('radio', { name: 'Pro' }).focus(); await p.keyboard.press('ArrowDown'); },
    expected: 'select radiogroup "Plan" radio Team' },

  // Shoelace (web components, shadow DOM)
  { page: 'shoelace', library: 'Shoelace', widget: 'sl-select', interaction: 'mouse', how: 'open, click "Dog"',
    run: async (p) => { await p.getByRole('combobox', { name: 'Pet' }).click(); await p.getByRole('option', { name: 'Dog' }).click(); },
    expected: 'select combobox "Pet" combobox Dog' },
  { page: 'shoelace', library: 'Shoelace', widget: 'sl-select', interaction: 'keyboard', how: 'Enter, ArrowDown, Enter',
    run: async (p) => {
      await p.getByRole('combobox', { name: 'Pet' }).focus();
      await p.keyboard.press('Enter');
      await p.getByRole('listbox', { name: 'Pet' }).waitFor();
      await p.keyboard.press('ArrowDown');
      await p.keyboard.press('Enter');
    },
    expected: 'select combobox "Pet" combobox Parrot' },
  { page: 'shoelace', library: 'Shoelace', widget: 'sl-select multiple', interaction: 'mouse', how: 'open, click "German"',
    run: async (p) => { await p.getByRole('combobox', { name: 'Languages' }).click(); await p.getByRole('option', { name: 'German' }).click(); await p.keyboard.press('Escape'); },
    expected: 'select combobox "Languages" combobox German' },
  { page: 'shoelace', library: 'Shoelace', widget: 'sl-dropdown + sl-menu', interaction: 'mouse', how: 'open "Share", click "Email"',
    run: async (p) => { await p.getByRole('button', { name: 'Share' }).click(); await p.getByRole('menuitem', { name: 'Email' }).click(); },
    expected: 'select button "Share" menu Email' },
  { page: 'shoelace', library: 'Shoelace', widget: 'sl-dropdown + sl-menu', interaction: 'keyboard', how: 'Enter, ArrowDown, Enter',
    // Shoelace moves focus into the menu asynchronously: like a person, wait to see where focus is
    run: async (p) => {
      await p.getByRole('button', { name: 'Share' }).focus();
      await p.keyboard.press('Enter');
      await p.getByRole('menuitem', { name: 'Copy link' }).waitFor();
      await p.keyboard.press('ArrowDown');
      await expect(p.getByRole('menuitem', { name: 'Copy link' })).toBeFocused();
      await p.keyboard.press('ArrowDown');
      await expect(p.getByRole('menuitem', { name: 'Email' })).toBeFocused();
      await p.keyboard.press('Enter');
    },
    expected: 'select button "Share" menu Email' },
  { page: 'shoelace', library: 'Shoelace', widget: 'sl-tab-group', interaction: 'mouse', how: 'click "Reports"',
    run: (p) => p.getByRole('tab', { name: 'Reports' }).click(), // sl-tab-group has no way to name its tablist: the widget's own name is empty
    expected: 'select tablist "" tabs Reports' },
  { page: 'shoelace', library: 'Shoelace', widget: 'sl-tab-group', interaction: 'keyboard', how: 'ArrowRight from "Reports"',
    run: async (p) => { await p.getByRole('tab', { name: 'Reports' }).focus(); await p.keyboard.press('ArrowRight'); },
    expected: 'select tablist "" tabs Admin' },
  { page: 'shoelace', library: 'Shoelace', widget: 'sl-radio-group', interaction: 'mouse', how: 'click "Fast"',
    run: (p) => p.getByRole('radio', { name: 'Fast' }).click(), expected: 'select radiogroup "Speed" radio Fast' },
  { page: 'shoelace', library: 'Shoelace', widget: 'sl-radio-group', interaction: 'keyboard', how: 'ArrowUp from "Fast"',
    run: async (p) => { await p.getByRole('radio', { name: 'Fast' }).focus(); await p.keyboard.press('ArrowUp'); },
    expected: 'select radiogroup "Speed" radio Normal' },
];

export { section };
