/**
 * Labelled comments for quote redaction: invented comments a child in care might write (no real people,
 * numbers from Ofcom's drama ranges, example domains), each with the exact redacted text expected.
 */
import type { Kind } from '../../src/shared/redact/redact';

export interface Labelled {
  readonly input: string;
  readonly expected: string;
  /** What the example is for, shown when it fails. */
  readonly note: string;
}

/** The staff-kept lists the examples are redacted with. */
export const LISTS = {
  names: ['Sam', 'Jordan Lee', 'Aisha', 'Mo', 'Kayden', 'Priya', 'Tomasz', 'Zainab', 'Noor', 'Dani'],
  schools: ['Oakfield', "St Mary's", 'Riverside Academy', 'Hillcrest', 'Brambleton'],
} as const;

export const LABELLED: readonly Labelled[] = [
  // Names
  { note: 'name', input: 'Sam is the best social worker ever', expected: '[name] is the best social worker ever' },
  { note: 'name lower case', input: 'i miss priya so much', expected: 'i miss [name] so much' },
  { note: 'possessive', input: "I stay at Aisha's house on weekends", expected: "I stay at [name]'s house on weekends" },
  { note: 'curly possessive', input: 'Kayden’s mum is my foster carer', expected: '[name]’s mum is my foster carer' },
  { note: 'two-word name', input: 'jordan lee never listens to me', expected: '[name] never listens to me' },
  { note: 'name inside a word is kept', input: 'Samuel and Samantha are in my class, and Mo', expected: 'Samuel and Samantha are in my class, and [name]' },
  { note: 'name in caps', input: 'TOMASZ WAS LATE AGAIN!!!', expected: '[name] WAS LATE AGAIN!!!' },
  // Phones
  { note: 'mobile', input: 'text me on 07700 900123 if you want', expected: 'text me on [phone] if you want' },
  { note: 'mobile no spaces', input: 'my number is 07700900456', expected: 'my number is [phone]' },
  { note: 'mobile dashes', input: 'ring 07700-900-789 after school', expected: 'ring [phone] after school' },
  { note: '+44 mobile', input: 'call +44 7700 900123 pls', expected: 'call [phone] pls' },
  { note: '+44 (0) mobile', input: 'my nan is on +44 (0)7700 900 321.', expected: 'my nan is on [phone].' },
  { note: 'landline in brackets', input: 'the home phone is (0161) 496 0000', expected: 'the home phone is [phone]' },
  { note: 'London landline', input: 'office 020 7946 0018 never answers', expected: 'office [phone] never answers' },
  { note: '03 number', input: 'the helpline 0300 123 4567 was ok', expected: 'the helpline [phone] was ok' },
  { note: '0044 form', input: 'dad is 0044 7700 900999', expected: 'dad is [phone]' },
  { note: '+44 no spaces', input: 'whatsapp +447700900555', expected: 'whatsapp [phone]' },
  // Emails
  { note: 'email', input: 'email me at sam.j2010@example.com', expected: 'email me at [email]' },
  { note: 'email with plus', input: 'my email is kid+care@mail.example.co.uk ok', expected: 'my email is [email] ok' },
  { note: 'spelled email', input: 'write to jaybird at gmail dot com', expected: 'write to [email]' },
  { note: 'email, then full stop', input: 'Contact noor_x@example.org.', expected: 'Contact [email].' },
  { note: 'email with (at) (dot)', input: 'its kayden(at)example(dot)com', expected: 'its [email]' },
  // Postcodes
  { note: 'postcode', input: 'we moved to SO14 7LP last year', expected: 'we moved to [postcode] last year' },
  { note: 'postcode lower case', input: 'i used to live in so14 7lp', expected: 'i used to live in [postcode]' },
  { note: 'postcode no space', input: 'my old postcode SO147LP', expected: 'my old postcode [postcode]' },
  { note: 'postcode mixed case', input: 'near Ec1A 1bB by the shops', expected: 'near [postcode] by the shops' },
  { note: 'short postcode', input: 'its M1 1AE i think', expected: 'its [postcode] i think' },
  // Addresses
  { note: 'address', input: 'I live at 12 Oak Road now', expected: 'I live at [address] now' },
  { note: 'address lower case', input: 'come to 4 mill lane', expected: 'come to [address]' },
  { note: 'address abbreviation', input: 'my carers are at 221b Baker St.', expected: 'my carers are at [address].' },
  { note: 'address Close', input: 'new placement is 7 Willow Close', expected: 'new placement is [address]' },
  { note: 'address three words', input: 'at 33 Upper Park Hill Avenue there is a park', expected: 'at [address] there is a park' },
  { note: 'address and postcode', input: 'send it to 5 Station Rd, BS1 4DJ please', expected: 'send it to [address], [postcode] please' },
  { note: 'address "The"', input: 'my foster home is 1 The Crescent, near the park', expected: 'my foster home is [address], near the park' },
  { note: 'address holds a school name', input: 'we live on 12 St Mary’s Road now', expected: 'we live on [address] now' },
  // Links
  { note: 'link www', input: 'look at www.example.com it helped me', expected: 'look at [link] it helped me' },
  { note: 'link https', input: 'I made https://example.org/my-story?id=4 about care', expected: 'I made [link] about care' },
  { note: 'link bare with handle', input: 'follow me tiktok.com/@sammy_x', expected: 'follow me [link]' },
  { note: 'link bare', input: 'my page is youtube.com/c/caredkid!', expected: 'my page is [link]!' },
  // Handles
  { note: 'handle', input: 'add me on snap @kayd3n_10', expected: 'add me on snap [handle]' },
  { note: 'handle with dot', input: 'insta is @life.in.care.', expected: 'insta is [handle].' },
  // Schools
  { note: 'school on the list', input: 'I hate Oakfield', expected: 'I hate [school]' },
  { note: 'school with word', input: 'Oakfield School put me in isolation', expected: '[school] put me in isolation' },
  { note: 'school full name', input: 'I started at riverside academy in september', expected: 'I started at [school] in september' },
  { note: 'school St.', input: 'St. Mary’s High School is ok', expected: '[school] is ok' },
  { note: 'school Academy', input: 'moved to Hillcrest Academy', expected: 'moved to [school]' },
  { note: 'school without apostrophe', input: 'st marys is a rubbish school', expected: '[school] is a rubbish school' },
  { note: 'school High', input: 'Hillcrest High gave me a mentor', expected: '[school] gave me a mentor' },
  // Mixed
  { note: 'name, phone, school', input: 'Dani goes to Brambleton College, her number is 07700 900111', expected: '[name] goes to [school], her number is [phone]' },
  { note: 'handle and email', input: 'msg @zainab.k or zainab.k@example.com', expected: 'msg [handle] or [email]' },
  { note: 'email contains a name', input: 'sam@example.com is my email', expected: '[email] is my email' },
  { note: 'everything', input: "Priya's at 9 Elm Grove, so14 7lp, 07700 900222, www.example.net, @priya_p, Oakfield", expected: "[name]'s at [address], [postcode], [phone], [link], [handle], [school]" },
  { note: 'address has a name in it', input: 'I live on 14 Sam Street', expected: 'I live on [address]' },
  // Unicode, emoji, RTL
  { note: 'emoji', input: 'Mo 😂😂 gave me 07700 900333 💀', expected: '[name] 😂😂 gave me [phone] 💀' },
  { note: 'Arabic', input: 'أنا أحب نور ورقمي 07700 900444', expected: 'أنا أحب نور ورقمي [phone]' },
  { note: 'Arabic with listed name', input: 'صديقتي Noor تسكن في SO14 7LP', expected: 'صديقتي [name] تسكن في [postcode]' },
  { note: 'Hebrew with email', input: 'כתבו לי ל-dani@example.com בבקשה', expected: 'כתבו לי ל-[email] בבקשה' },
  { note: 'Polish', input: 'Tomasz mówi że jest ok 👍', expected: '[name] mówi że jest ok 👍' },
  { note: 'accents', input: 'Zoë said Zainab’s café is at 3 Rue Lane', expected: 'Zoë said [name]’s café is at [address]' },
  // Negatives: nothing to redact
  { note: 'age', input: 'I am 14 and I have been in care since I was 9', expected: 'I am 14 and I have been in care since I was 9' },
  { note: 'time', input: 'contact is at 7pm on Tuesdays at 7:30 sometimes', expected: 'contact is at 7pm on Tuesdays at 7:30 sometimes' },
  { note: 'dates', input: 'my review was on 12/03/2024 and 01.02.2025', expected: 'my review was on 12/03/2024 and 01.02.2025' },
  { note: 'email me, no address', input: 'just email me, or text me, at any time', expected: 'just email me, or text me, at any time' },
  { note: 'road but no number', input: 'it takes 5 minutes down the road to the shop', expected: 'it takes 5 minutes down the road to the shop' },
  { note: 'close as a word', input: 'I have 2 close friends and we are very close', expected: 'I have 2 close friends and we are very close' },
  { note: 'school year', input: 'in Y9 4th set for maths, S1 2nd term', expected: 'in Y9 4th set for maths, S1 2nd term' },
  { note: '@ as at', input: 'see you @ 6 or @7', expected: 'see you @ 6 or @7' },
  { note: 'money and counts', input: 'I get £20 a week and had 3 placements in 2 years', expected: 'I get £20 a week and had 3 placements in 2 years' },
  { note: 'long number', input: 'the code was 123456 and 2024 was hard', expected: 'the code was 123456 and 2024 was hard' },
  { note: 'i.e. and e.g.', input: 'stuff e.g. phones, i.e. my own stuff. ok.', expected: 'stuff e.g. phones, i.e. my own stuff. ok.' },
  { note: 'school word alone', input: 'school is ok but the academy trip was bad', expected: 'school is ok but the academy trip was bad' },
  { note: 'ordinary words', input: 'I want my social worker to listen more and come on time', expected: 'I want my social worker to listen more and come on time' },
  { note: 'RTL, nothing to redact', input: 'أريد أن أرى أخي كل أسبوع 💙', expected: 'أريد أن أرى أخي كل أسبوع 💙' },
  { note: 'by the way', input: 'by the way it is 10 times better here, the drive was long', expected: 'by the way it is 10 times better here, the drive was long' },
  { note: 'the road, lower case', input: 'there are 5 the road signs', expected: 'there are 5 the road signs' },
  { note: 'long digit string', input: 'my ref is 0123456789012 on the letter', expected: 'my ref is 0123456789012 on the letter' },
  { note: 'texting words', input: 'c u l8r, b4 2day was bad, w8 4me', expected: 'c u l8r, b4 2day was bad, w8 4me' },
];

/** Counts each `[kind]` placeholder in a text. */
export function countPlaceholders(text: string, kind: Kind): number {
  return text.split(`[${kind}]`).length - 1;
}
