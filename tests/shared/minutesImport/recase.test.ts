// Item titles printed in capitals, brought in as title or sentence case.
import { describe, expect, it } from 'vitest';
import { isCapitals, namesIn, recaseTitle } from '../../../shared/index';

describe('recaseTitle', () => {
  const title = "SAFEGUARDING CHILDREN'S PARTNERSHIP ANNUAL REPORT 2022/23";

  it('leaves the title as printed, and titles not in capitals alone', () => {
    expect(recaseTitle(title, 'as-printed')).toBe(title);
    expect(recaseTitle('Early Help update', 'title')).toBe('Early Help update');
    expect(isCapitals('CAMHS')).toBe(true);
    expect(isCapitals('Early Help')).toBe(false);
  });

  it('writes Title Case with small words, apostrophes, hyphens, numbers and abbreviations as councils do', () => {
    expect(recaseTitle(title, 'title')).toBe("Safeguarding Children's Partnership Annual Report 2022/23");
    expect(recaseTitle('SPECIAL EDUCATIONAL NEEDS AND/OR DISABILITY (SEND) AND THE NHS’S ROLE', 'title')).toBe(
      'Special Educational Needs And/or Disability (SEND) and the NHS’s Role',
    );
    expect(recaseTitle('CO-OPTED MEMBER RECRUITMENT - AN UPDATE FROM OFSTED', 'title')).toBe('Co-opted Member Recruitment - an Update from Ofsted');
  });

  it('writes Sentence case, keeping the names the rest of the minutes print with a capital', () => {
    const names = namesIn('The committee thanked Herefordshire Council staff. The council agreed. Officers from Herefordshire attended.');
    expect(names.get('herefordshire')).toBe('Herefordshire');
    expect(names.has('council')).toBe(false); // also printed in lower case
    expect(recaseTitle("HEREFORDSHIRE CHILDREN'S SERVICES AND CAMHS IMPROVEMENT PLAN", 'sentence', names)).toBe(
      "Herefordshire children's services and CAMHS improvement plan",
    );
  });
});
