import { describe, expect, it } from 'vitest';
import { cardBrand, isCardNumber, luhnValid } from '../../lib/redact/detectors/card';
import { ibanChecksumValid, isIban } from '../../lib/redact/detectors/iban';
import { isIpv4, isIpv6 } from '../../lib/redact/detectors/ip';
import { looksRandom } from '../../lib/redact/detectors/secret';
import { ssnValid } from '../../lib/redact/detectors/ssn';
import { redactText } from '../../lib/redact/text';

const red = (s: string) => redactText(s).text;

/** Every positive: the value is gone and the rule fired; every hard negative: text unchanged. */
function positives(rule: string, placeholder: string, cases: [string, string][]) {
  for (const [text, value] of cases) {
    it(`redacts ${JSON.stringify(value)} in ${JSON.stringify(text)}`, () => {
      const r = redactText(text);
      expect(r.text).not.toContain(value);
      expect(r.text).toContain(placeholder);
      expect(Object.keys(r.rules).some((k) => k === rule || k.startsWith(`${rule}.`))).toBe(true);
    });
  }
}

function negatives(cases: string[]) {
  for (const text of cases) {
    it(`leaves ${JSON.stringify(text)} alone`, () => {
      expect(red(text)).toBe(text);
    });
  }
}

describe('email', () => {
  positives('email', '[EMAIL]', [
    ['Contact jane.doe@example.com today', 'jane.doe@example.com'],
    ['login ok for R.LEVI@TANAKA.TOKYO approved', 'R.LEVI@TANAKA.TOKYO'],
    ['to=<a.b+tag@mail.sub.example.co.uk>', 'a.b+tag@mail.sub.example.co.uk'],
    ['https://x.io/?invitee=jane.doe%40gmail.com&tab=1', 'jane.doe%40gmail.com'],
    ['https://x.io/?u=wei1970%2Bspam%40icloud.com', 'wei1970%2Bspam%40icloud.com'],
    ['?to=jane+work@example.org&x=1', 'jane+work@example.org'],
    ['Sent to josé.núñez@correo.es.', 'josé.núñez@correo.es'],
  ]);
  negatives(['root@localhost is fine', 'follow @waypoint on social', 'a@b', 'price@ 3.50', 'user@host.c']);
});

describe('phone', () => {
  positives('phone', '[PHONE]', [
    ['Call +1 (415) 555-0132 now', '+1 (415) 555-0132'],
    ['Mobile: (503) 367-7926', '(503) 367-7926'],
    ['Work – 646.816.4994', '646.816.4994'],
    ['sms to +44 20 7946 0958', '+44 20 7946 0958'],
    ['Tel 020 7946 0958', '020 7946 0958'],
    ['whatsapp: +49 151 23456789', '+49 151 23456789'],
    ['Kontakt 0176/8388760', '0176/8388760'],
    ['sms.send to=+49 (0)69 42443242 ok', '+49 (0)69 42443242'],
    ['Téléphone : 06 12 34 56 78', '06 12 34 56 78'],
    ['+33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['reach me at 98765 43210', '98765 43210'],
    ['+91 98765 43210', '+91 98765 43210'],
    ['Incoming call – (21) 98765-4321', '(21) 98765-4321'],
    ['?msisdn=%2B14155550132&x=1', '%2B14155550132'],
    ['phone=14155550132', '14155550132'],
  ]);
  negatives([
    'count=518 994 557 743',
    'Events ingested: 3120462394',
    'Due 2023-08-30',
    'Last updated 05/12/2016 14:45',
    'Case 666-47-2317',
    'Order ORD-2021-636515',
    'DHL tracking number 1656748436',
    'Total downloads: 7,040,208,645',
    'Release 3.24.2',
    'Order 0457584600 shipped',
    'Order #0123456789',
    'Updated to 20240314',
  ]);
});

describe('payment card', () => {
  it('validates Luhn and issuer ranges', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(cardBrand('378282246310005')).toBe('amex');
    expect(cardBrand('5500000000000004')).toBe('mastercard');
    expect(cardBrand('2223003122003222')).toBe('mastercard');
    expect(cardBrand('6011111111111117')).toBe('discover');
    expect(cardBrand('3530111333300000')).toBe('jcb');
    expect(cardBrand('9111111111111111')).toBeNull();
    expect(isCardNumber('378282246310005')).toBe(true);
    // Luhn-valid but the wrong length for Amex
    expect(isCardNumber('3782822463100051')).toBe(false);
  });
  positives('card', '[CARD]', [
    ['Card 4111 1111 1111 1111 exp 12/29', '4111 1111 1111 1111'],
    ['pan=5500-0000-0000-0004&x', '5500-0000-0000-0004'],
    ['Amex 3782 822463 10005', '3782 822463 10005'],
    ['Saved card 6011111111111117', '6011111111111117'],
    ['Qty 2 4111 1111 1111 1111', '4111 1111 1111 1111'],
  ]);
  negatives([
    'Batch 4111 1111 1111 1112',
    'Device ID 1046-3317-7378-2885',
    'Tracking 9400 1000 0000 0000 0000 00',
    'Session 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    'Example: DE74 4296 1381 0894 9747 78',
  ]);
});

describe('IBAN', () => {
  it('checks mod-97 and country lengths', () => {
    expect(ibanChecksumValid('DE89370400440532013000')).toBe(true);
    expect(isIban('DE89370400440532013000')).toBe(true);
    expect(isIban('DE88370400440532013000')).toBe(false);
    expect(isIban('DE8937040044053201300')).toBe(false); // one digit short
    expect(isIban('XX89370400440532013000')).toBe(false);
  });
  positives('iban', '[IBAN]', [
    ['IBAN DE89 3704 0044 0532 0130 00 (DE)', 'DE89 3704 0044 0532 0130 00'],
    ['payout GB82WEST12345698765432', 'GB82WEST12345698765432'],
    ['FR1420041010050500013M02606', 'FR1420041010050500013M02606'],
    ['Konto NL91ABNA0417164300', 'NL91ABNA0417164300'],
    ['CH93 0076 2011 6238 5295 7', 'CH93 0076 2011 6238 5295 7'],
    ['ES91 2100 0418 4502 0005 1332', 'ES91 2100 0418 4502 0005 1332'],
    ['iban=PL61109010140000071219812874&x', 'PL61109010140000071219812874'],
  ]);
  negatives(['Example: DE88 3704 0044 0532 0130 00', 'GB00WEST12345698765432', 'NL91ABNA041716430']);
});

describe('SSN', () => {
  it('knows the never-issued ranges', () => {
    expect(ssnValid('536', '22', '1187')).toBe(true);
    expect(ssnValid('000', '22', '1187')).toBe(false);
    expect(ssnValid('666', '22', '1187')).toBe(false);
    expect(ssnValid('912', '22', '1187')).toBe(false);
    expect(ssnValid('536', '00', '1187')).toBe(false);
    expect(ssnValid('536', '22', '0000')).toBe(false);
  });
  positives('ssn', '[SSN]', [
    ['SSN: 536-22-1187', '536-22-1187'],
    ['Copied 536-22-1187.', '536-22-1187'],
    ['social security number 536 22 1187', '536 22 1187'],
    ['ssn=536221187&x', '536221187'],
  ]);
  negatives(['Case 666-47-2317', 'Lot 000-21-3312', 'e.g. 912-41-8136', 'Part 355-00-2639', 'Ref 396-48-0000', 'id 536221187']);
});

describe('IP', () => {
  it('validates v4 and v6 forms', () => {
    expect(isIpv4('192.168.1.20')).toBe(true);
    expect(isIpv4('256.1.1.1')).toBe(false);
    expect(isIpv4('01.2.3.4')).toBe(false);
    expect(isIpv6('2001:db8::1')).toBe(true);
    expect(isIpv6('::ffff:192.0.2.1')).toBe(true);
    expect(isIpv6('fe80:0000:0000:0000:2868:debd:ad62:00e5')).toBe(true);
    expect(isIpv6('1:2:3')).toBe(false);
    expect(isIpv6('1::2::3')).toBe(false);
  });
  positives('ip', '[IP]', [
    ['Last login from 203.0.113.7 today', '203.0.113.7'],
    ['https://10.1.2.3:8080/admin', '10.1.2.3'],
    ['server is at 2001:db8:4258:14d8::2750', '2001:db8:4258:14d8::2750'],
    ['https://[2001:4860:677c::a2]:8443/x', '2001:4860:677c::a2'],
    ['remote_addr=::ffff:91.208.186.51', '::ffff:91.208.186.51'],
    ['?src=fd12%3A3456%3A7e64%3A3587%3Aed%3A21ff%3A130%3A5761&x', 'fd12%3A3456%3A7e64%3A3587%3Aed%3A21ff%3A130%3A5761'],
  ]);
  negatives(['version 1.2.3.4.5', 'react@v1.2.3', 'at 10:30:45', 'MAC 00:1a:2b:3c:4d:5e', 'Updated to 3.24.2', 'std::vector']);
});

describe('date of birth', () => {
  positives('dob', '[DOB]', [
    ['Date of birth: 14/03/1987', '14/03/1987'],
    ['DOB 1987-03-14', '1987-03-14'],
    ['Geburtsdatum (TT.MM.JJJJ): 14.03.1987', '14.03.1987'],
    ['Date de naissance : 14/03/1987', '14/03/1987'],
    ['fecha de nacimiento: 14/03/1987', '14/03/1987'],
    ['Data de nascimento: 14/03/1987', '14/03/1987'],
    ['born March 14, 1987', 'March 14, 1987'],
    ['03/14/1987 (DOB)', '03/14/1987'],
    ['?birth_date=14%2F03%2F1987&x=1', '14%2F03%2F1987'],
    ['type "14 March 1987" into "Date of birth"', '14 March 1987'],
    ['Date of birth updated to 1/4/1945.', '1/4/1945'],
  ]);
  negatives(['Due 2024-03-14', 'Effective date: 2019-08-16', 'Issued Feb 12, 2026, 11:47 PM', 'Modified: 2026-10-28']);
});

describe('street address', () => {
  positives('address', '[ADDRESS]', [
    ['Ship to: 1600 Pennsylvania Ave NW, Washington, DC 20500', '1600 Pennsylvania Ave NW, Washington, DC 20500'],
    ['Deliver to 42 W Lake Way, Apt. 3F, Ann Arbor, MI 48138 thanks', '42 W Lake Way, Apt. 3F, Ann Arbor, MI 48138'],
    ['Address: 221 Baker Street, London NW1 6XE', '221 Baker Street, London NW1 6XE'],
    ['Flat 3, 12 High Street, Leeds LS1 4BU', 'Flat 3, 12 High Street, Leeds LS1 4BU'],
    ['Anschrift: Hauptstraße 5, 10115 Berlin', 'Hauptstraße 5, 10115 Berlin'],
    ['Lieferadresse: Am Mühlbach 113, 70173 Stuttgart', 'Am Mühlbach 113, 70173 Stuttgart'],
    ['Adresse : 12 rue de la Paix, 75002 Paris', '12 rue de la Paix, 75002 Paris'],
    ['Dirección: Calle Mayor 12, 28013 Madrid', 'Calle Mayor 12, 28013 Madrid'],
    ['Endereço: Rua Augusta 100, 1100-053 Lisboa', 'Rua Augusta 100, 1100-053 Lisboa'],
    ['https://maps.example.com/?q=3584+Magnolia+Lane%2C+%23302%2C+Springfield%2C+IL+62767', '3584+Magnolia+Lane%2C+%23302%2C+Springfield%2C+IL+62767'],
  ]);
  negatives(['Shipped 3 items to the warehouse', 'Email address: none', 'IP address: unknown', 'Release 3, 10000 users']);
});

describe('secrets', () => {
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
  positives('secret', '[SECRET]', [
    [`Cookie: session=${jwt}`, jwt],
    ['AccessKeyId: AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
    ['token ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv'],
    ['SLACK_BOT_TOKEN=xoxb-1234567890-0987654321-AbCdEfGhIjKl', 'xoxb-1234567890-0987654321-AbCdEfGhIjKl'],
    ['Secret key: sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    ['rk_live_51H8abcdefghijklmnop', 'rk_live_51H8abcdefghijklmnop'],
    ['key=AIzaSyA1234567890abcdefghijklmnopqrstuv', 'AIzaSyA1234567890abcdefghijklmnopqrstuv'],
    ['OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwx1234', 'sk-proj-abcdefghijklmnopqrstuvwx1234'],
    ['api_key=0f3e5bdc27a76350f9a4aa7e0e68bf8b', '0f3e5bdc27a76350f9a4aa7e0e68bf8b'],
    ['Authorization: Bearer 6mmGIGv3YA2IONIRTb38abXDckdjXtw/Ca9rX8qj', '6mmGIGv3YA2IONIRTb38abXDckdjXtw/Ca9rX8qj'],
    ['?access_token=NpzXYtbu%2BJ1IARHtcnRQtODp1HKpl%2FqiShRT&x', 'NpzXYtbu%2BJ1IARHtcnRQtODp1HKpl%2FqiShRT'],
    ['API_KEY=YYoe2vn0kTLt+v11C1S5JBJsStefcVFX9U6aQpNB', 'YYoe2vn0kTLt+v11C1S5JBJsStefcVFX9U6aQpNB'],
    ['password=hunter2!x', 'hunter2!x'],
    ['git clone https://deploy:s3cr3tP4ss@git.example.com/repo.git', 's3cr3tP4ss'],
  ]);
  it('judges randomness', () => {
    expect(looksRandom('bFyYoMJJ7Zx2dbJbzSUkd3RpnOQY6zzI', true)).toBe(true);
    expect(looksRandom('configurationDefaultValue', true)).toBe(false);
    expect(looksRandom('1234', true)).toBe(false);
  });
  negatives([
    'deploy commit=91642d49b5d914daf9df5afddfb3930864f92802 rows=3',
    'View commit 44ec83708080',
    'Trace ID: ac9c70cb-0dc5-4435-8a23-27c0d7a2e360',
    'Session ea106cf9-477c-4253-9772-3615325c40c2',
    'Password reset link sent',
    'Password: ********',
    'token expired',
    'sort key=name',
    'color=#a8aa0d',
  ]);
});

describe('person (labelled contexts only)', () => {
  positives('person', '[PERSON]', [
    ['Assigned to: Jane Doe', 'Jane Doe'],
    ['Owner: María José García', 'María José García'],
    ['https://x.io/crm?assignee=Jane+Doe&tab=1', 'Jane+Doe'],
    ['kyc: customer_name="Jane Doe" ok', 'Jane Doe'],
    ['Jane Doe joined the workspace', 'Jane Doe'],
    ["Ethan Yamamoto's profile", 'Ethan Yamamoto'],
    ['Zugewiesen an: Jürgen Müller', 'Jürgen Müller'],
    ['Propriétaire : Chloé Dubois', 'Chloé Dubois'],
    ['Asignado a: José Pérez', 'José Pérez'],
    ['Responsável: João da Silva', 'João da Silva'],
    ['张伟 (Assignee)', '张伟'],
    ['Singh, Sneha (Assignee)', 'Singh, Sneha'],
    ['https://app.example.com/team/jane-doe/profile', 'jane-doe'],
    ['Name on card: JONAS MÜLLER', 'JONAS MÜLLER'],
    ['"Olga Bondarenko" <olga@example.com>', 'Olga Bondarenko'],
    ['You: ask guadalupe rodríguez about it', 'guadalupe rodríguez'],
    ['Dear Mr. Smith,', 'Smith'],
    ['Owner: Grace Page', 'Grace Page'],
  ]);
  negatives([
    'Remove Payment Method',
    'Open Tickets',
    'Owner: Me',
    'Jane',
    'New Message from Support Team',
    'Chat with Customer Support',
    'Follow Up Tasks',
    'Created by Automation Rule',
  ]);
  it('ends a name at a line break', () => {
    expect(red('Name on card: Liam Lewis\nIssued Feb 12, 2026')).toBe('Name on card: [PERSON]\nIssued Feb 12, 2026');
  });
});
