// Ten kinds of bad backup file made from a good one, each with the plain message it must get; shared by the shared/ and database tests.

type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

function edited(good: string, change: (file: Json) => void): string {
  const file = JSON.parse(good) as Json;
  change(file);
  return JSON.stringify(file, null, 1);
}

/** 50 MB of printable junk, made quickly from one repeated random block. */
function junk(megabytes: number): string {
  let seed = 7;
  let block = '';
  for (let i = 0; i < 65_536; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    block += String.fromCharCode(32 + (seed % 95));
  }
  return `#${block.repeat(Math.ceil((megabytes * 1024 * 1024) / block.length))}`;
}

/**
 * [what, file text, the message expected]. `good` is a backup of the Herefordshire example, which
 * has 49 recommendations and 9 meetings.
 */
export function badBackups(good: string): Array<[string, string, string | RegExp]> {
  return [
    ['an empty file', '', 'The file is empty: it is not a backup.'],
    ['a file that is not JSON', 'Minutes of the meeting held on 26 September 2023', /^The file is not a Scrutiny Tracker backup: it is not JSON/],
    ['a truncated file', good.slice(0, Math.floor(good.length * 0.6)), 'The file ends part-way through: it is not a complete backup.'],
    [
      'a file of another format',
      edited(good, (f) => {
        f.format = 'some-other-app-backup';
      }),
      'The file is not a Scrutiny Tracker backup: its format is "some-other-app-backup", not "scrutiny-tracker-backup".',
    ],
    [
      'a file from a newer version',
      edited(good, (f) => {
        f.formatVersion = 2;
      }),
      'This backup was made by a newer version of Scrutiny Tracker (format 2); this version reads format 1. Update the app to restore it.',
    ],
    [
      'a record with a missing field',
      edited(good, (f) => {
        delete f.data.meetings[2].date;
      }),
      'data.meetings[2].date is missing.',
    ],
    [
      'a field of the wrong type',
      edited(good, (f) => {
        f.data.items[0].position = 'first';
      }),
      'data.items[0].position should be a number.',
    ],
    ['50 MB of junk', junk(50), /^The file is not a Scrutiny Tracker backup: it is not JSON/],
    [
      'two records with the same id',
      edited(good, (f) => {
        f.data.recommendations[5].id = f.data.recommendations[4].id;
      }),
      /^data\.recommendations\[5\]\.id "[0-9a-f-]+" is used twice \(data\.recommendations\[4\] has it too\): every record needs its own id\.$/,
    ],
    [
      'a valid file with one bad record',
      edited(good, (f) => {
        f.data.recommendations[12].responseOutcome = 'Maybe';
      }),
      'data.recommendations[12].responseOutcome "Maybe" is not an outcome the tracker knows (Accepted, Partially accepted, Rejected, Noted, Unclear, No response received, or empty).',
    ],
  ];
}
