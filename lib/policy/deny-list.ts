/**
 * Sites no policy can switch recording on for: webmail, chat, HR and payroll, health,
 * banking and payments, password managers. Checked before any capture, in the content
 * script and again in the background. A host matches an entry when it equals it or is a
 * subdomain of it.
 */
export const DENY_CATEGORIES = {
  webmail: ['mail.google.com', 'outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'mail.yahoo.com', 'mail.proton.me', 'proton.me', 'fastmail.com', 'icloud.com', 'gmx.net', 'web.de', 'zoho.com'],
  chat: ['slack.com', 'teams.microsoft.com', 'teams.live.com', 'web.whatsapp.com', 'whatsapp.com', 'web.telegram.org', 'discord.com', 'messenger.com', 'signal.org', 'chat.google.com', 'zoom.us', 'mattermost.com', 'element.io', 'chatgpt.com', 'claude.ai', 'gemini.google.com'],
  hr: ['workday.com', 'myworkday.com', 'successfactors.com', 'bamboohr.com', 'personio.de', 'personio.com', 'adp.com', 'gusto.com', 'rippling.com', 'paychex.com', 'datev.de', 'hibob.com'],
  health: ['mychart.org', 'epic.com', 'healthcare.gov', 'nhs.uk', 'doctolib.de', 'doctolib.fr', 'zocdoc.com', 'teladoc.com', 'kaiserpermanente.org'],
  banking: ['paypal.com', 'chase.com', 'bankofamerica.com', 'wellsfargo.com', 'citi.com', 'hsbc.com', 'barclays.co.uk', 'deutsche-bank.de', 'commerzbank.de', 'sparkasse.de', 'ing.de', 'n26.com', 'revolut.com', 'wise.com', 'stripe.com', 'americanexpress.com', 'capitalone.com'],
  passwords: ['1password.com', 'bitwarden.com', 'vault.bitwarden.com', 'lastpass.com', 'dashlane.com', 'keepersecurity.com', 'nordpass.com'],
} as const satisfies Record<string, readonly string[]>;

export type DenyCategory = keyof typeof DENY_CATEGORIES;

/** The category an origin falls under, or null when it is not on the fixed deny list. */
export function deniedCategory(origin: string): DenyCategory | null {
  let host: string;
  try {
    host = new URL(origin).hostname.toLowerCase();
  } catch {
    return 'webmail'; // unparsable: treat as denied (fail closed)
  }
  for (const [category, hosts] of Object.entries(DENY_CATEGORIES) as [DenyCategory, readonly string[]][]) {
    if (hosts.some((h) => host === h || host.endsWith(`.${h}`))) return category;
  }
  return null;
}
