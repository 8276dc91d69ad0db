// The greeting of a chase letter or email as a council writes it: the title and surname
// ("Dear Councillor Powell"), not the To line word for word ("Dear Councillor Ivan Powell").

/** Titles that stay in the greeting, with the forms they are written in. */
const TITLES = ['Councillor', 'Cllr', 'Cllr.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Mx', 'Dr', 'Dr.', 'Doctor', 'Professor', 'Prof', 'Prof.', 'Sir', 'Dame', 'Lord', 'Lady', 'Reverend', 'Revd', 'Rev'];
/** Letters after a name ("OBE", "MBE", "MP"): not part of the surname. */
const POSTNOMINALS = /^(?:[A-Z]{2,5}|CBE|OBE|MBE|JP|MP|DL|BA|MA|PhD|FRSA)$/;
/** Particles that belong to the surname ("de la Mare", "van Dijk", "O'Neill" is one word already). */
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'st', 'st.', 'mac']);

/**
 * "Dear Councillor Powell" for "Councillor Ivan Powell"; "Dear Jane Smith" for a name without a
 * title (a first name alone would be too familiar, a surname alone too curt); a role such as
 * "Cabinet member for children and families" or "Executive (cabinet)" gets "Dear Sir or Madam".
 * Sir and Dame keep the first name ("Dear Sir Ivan"), as is correct.
 */
export function greetingFor(toName: string): string {
  const words = toName
    .replace(/,/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '' && !POSTNOMINALS.test(w));
  if (words.length === 0) return 'Dear Sir or Madam';
  const titles: string[] = [];
  while (words.length > 1 && TITLES.some((t) => t.toLowerCase() === words[0]!.toLowerCase())) titles.push(words.shift()!);
  if (titles.length === 0) {
    // A role rather than a person: lower-case words or brackets give it away.
    if (/[()]/.test(toName) || words.slice(1).some((w) => /^[a-z]/.test(w) && !PARTICLES.has(w.toLowerCase()))) return 'Dear Sir or Madam';
    return `Dear ${words.join(' ')}`;
  }
  if (/^(sir|dame)$/i.test(titles.at(-1)!)) return `Dear ${titles.join(' ')} ${words[0]}`;
  let start = words.length - 1;
  while (start > 0 && PARTICLES.has(words[start - 1]!.toLowerCase())) start -= 1;
  return `Dear ${titles.join(' ')} ${words.slice(start).join(' ')}`;
}
