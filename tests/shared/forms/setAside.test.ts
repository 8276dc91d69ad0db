// The set-aside case, written before it was first run and kept apart from the cases the reader was mended on:
// a form filled carelessly — a retyped lower-case reference, an outcome with words after it, a weekday before
// the completed date, a blank row added at the end — and re-saved in LibreOffice.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildResponseForm, readResponseForm, rowReference, type Tracker } from '../../../shared/index';
import { herefordshire } from '../chasing/fixtures';
import { fillDocx, hasLibreOffice, resaveWithLibreOffice, SKIP_LIBREOFFICE } from './fill';

function accepted(tracker: Tracker) {
  return tracker.recommendations.filter((r) => r.responseOutcome === 'Accepted').slice(3, 5);
}

describe('set-aside: a carelessly filled form', () => {
  it('reads what the person meant', async (ctx) => {
    const tracker = herefordshire();
    const [a, b] = accepted(tracker) as [Tracker['recommendations'][number], Tracker['recommendations'][number]];
    const form = await buildResponseForm(tracker, [a.id, b.id], { reference: 'RF-9Z9Z-8Y8Y', date: '2026-12-07' });
    const refA = rowReference(a.id);
    let filled = await fillDocx(
      form,
      { [refA]: { outcome: 'Accept – subject to budget', response: 'Funding agreed in principle.' }, [rowReference(b.id)]: { outcome: 'rejected', leadOfficer: 'Head of Finance' } },
      { completedBy: 'Cabinet office', completedOn: 'Thursday 3 December 2026' },
    );
    // The reference retyped in lower case with spaces; a blank row copied onto the end of the table.
    const zip = await JSZip.loadAsync(filled);
    let xml = await zip.file('word/document.xml')!.async('string');
    xml = xml.replace(refA, refA.toLowerCase().replace(/-/g, ' '));
    const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const blank = rows[rows.length - 1]!.replace(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g, '<w:t></w:t>');
    xml = xml.replace(rows[rows.length - 1]!, rows[rows.length - 1]! + blank);
    zip.file('word/document.xml', xml);
    filled = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    if (!hasLibreOffice) ctx.annotate(SKIP_LIBREOFFICE);
    const reading = await readResponseForm(hasLibreOffice ? resaveWithLibreOffice(filled, 'docx') : filled, tracker);
    expect(reading.formReference).toBe('RF-9Z9Z-8Y8Y');
    expect(reading.completedBy).toBe('Cabinet office');
    expect(reading.completedOn).toBe('2026-12-03');
    expect(reading.rows).toHaveLength(2);
    expect(reading.rows[0]).toMatchObject({ recommendationId: a.id, outcome: 'Accepted', response: 'Funding agreed in principle.' });
    expect(reading.rows[0]!.problems).toHaveLength(1);
    expect(reading.rows[1]).toEqual({ recommendationId: b.id, reference: rowReference(b.id), text: expect.any(String), outcome: 'Rejected', leadOfficer: 'Head of Finance', problems: [] });
  }, 200_000);
});
