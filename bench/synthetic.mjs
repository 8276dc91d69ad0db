// The benchmark's synthetic tracker: committees of interchange JSON built from a seeded RNG, so every run measures the same data.
// Texts are drawn from a few thousand pseudo-words with Zipf-like frequencies (a handful of real
// words are very common, most are rare), which is how real recommendation wording behaves: a search
// word matches anything from half the tracker to a handful of rows.

/** mulberry32: small, fast and deterministic. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The most frequent words are real ones (stopwords among them, as in English); then pseudo-words.
const REAL = (
  'the to and of that council executive service review report housing children safeguarding budget transport ' +
  'scrutiny officers partnership improvement school health care plan strategy performance data update funding ' +
  'provision workforce recruitment waste recycling carbon libraries adult social quality complaints procurement ' +
  'families young people residents community support director cabinet programme consultation members training'
).split(' ');
const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'br', 'cr', 'dr', 'gr', 'pl', 'pr', 'st', 'tr', 'sh', 'ch', 'th'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'nd', 'st', 'ng', 'ck'];

/** `size` distinct words, REAL first, then pseudo-words of 2 to 4 syllables. */
export function vocabulary(size = 4000, seed = 7) {
  const rand = rng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const words = [...REAL];
  const seen = new Set(words);
  while (words.length < size) {
    let w = '';
    const syllables = 2 + Math.floor(rand() * 3);
    for (let s = 0; s < syllables; s++) w += pick(ONSETS) + pick(VOWELS) + (s === syllables - 1 ? pick(CODAS) : '');
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

/** A sampler of words by Zipf's law (weight 1/rank^s). */
function zipf(words, rand, s = 1.0) {
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let i = 0; i < words.length; i++) cumulative[i] = total += 1 / (i + 1) ** s;
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

const OUTCOMES = ['Accepted', 'Accepted', 'Partially accepted', 'Rejected', 'Noted', 'Unclear', 'No response received', null];
const STATUSES = ['Open', 'In progress', 'Completed', 'Not pursued', 'Discharged', 'Added to the work programme', null];
// Openings that steer guessAddressee to every kind of addressee.
const OPENINGS = ['That the executive', 'That the Cabinet Member for', 'That full Council', 'That the committee to', 'That the council', 'That officers'];

export const COMMITTEE_NAMES = [
  'Adults and Wellbeing', 'Children and Young People', 'Environment and Sustainability', 'Housing', 'Health', 'Economy and Place',
  'Resources and Performance', 'Communities', 'Transport and Highways', 'Education and Skills',
].map((n) => `${n} Scrutiny Committee`);

/**
 * One committee's interchange file: 10 years of 10 meetings (from 2016), 4 to 8 agenda items each,
 * `count` recommendations in all (about 50 a meeting). Texts of 150–600 characters, responses on
 * about 70%, actions on 30%, notes on 10%, outcomes and statuses of every kind (and blank).
 */
export function makeCommittee(c, count = 5000, words = vocabulary()) {
  const rand = rng(1000 + c);
  const word = zipf(words, rand);
  const sentence = (opening, min, max) => {
    const target = min + Math.floor(rand() * (max - min + 1));
    let s = opening;
    while (s.length < target) s += ` ${word()}`;
    return `${s}.`;
  };
  const meetings = [];
  const perMeeting = count / 100;
  let made = 0;
  for (let m = 0; m < 100 && made < count; m++) {
    const year = 2016 + Math.floor(m / 10);
    const date = new Date(Date.UTC(year, (m % 10) + 1, 3 + ((c * 2 + m) % 20))).toISOString().slice(0, 10);
    // Spread what is left over the meetings left, so the total is exactly `count`.
    const want = m === 99 ? count - made : Math.round(perMeeting * (0.6 + rand() * 0.8));
    const itemCount = 4 + Math.floor(rand() * 5);
    const items = [];
    for (let i = 0; i < itemCount; i++) {
      const share = i === itemCount - 1 ? want - items.reduce((n, it) => n + it.recommendations.length, 0) : Math.floor(want / itemCount);
      const recommendations = [];
      for (let r = 0; r < share && made < count; r++, made++) {
        recommendations.push({
          label: String(r + 1),
          text: sentence(OPENINGS[Math.floor(rand() * OPENINGS.length)], 150, 600),
          response_outcome: OUTCOMES[Math.floor(rand() * OUTCOMES.length)],
          response: rand() < 0.7 ? sentence('The executive', 100, 500) : null,
          action: rand() < 0.3 ? sentence('Officers will', 60, 200) : null,
          status: STATUSES[Math.floor(rand() * STATUSES.length)],
          note: rand() < 0.1 ? sentence('Noted', 40, 150) : null,
        });
      }
      items.push({ number: String(5 + i), title: `${word()} ${word()} ${word()}`.replace(/^./, (x) => x.toUpperCase()), recommendations });
    }
    meetings.push({ date, venue: 'Council Chamber', items });
  }
  return { committee: COMMITTEE_NAMES[c % COMMITTEE_NAMES.length], council: 'Benchmark Council', meetings };
}

/** Search strings, typed one character at a time: words of every frequency, and two-word searches. */
export function searchQueries(words = vocabulary()) {
  const at = (rank) => words[rank];
  return [at(5), at(10), at(30), at(60), at(150), at(400), at(1200), at(3000), `${at(5)} ${at(40)}`, `${at(100)} ${at(700)}`];
}
