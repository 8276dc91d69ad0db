// parseCsv, toCsv and neutraliseFormula: quoting, line ends, delimiters and formula injection.
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, parseCsv, restoreFormulaText, sniffDelimiter, toCsv } from '../../../shared/tabular/index';

describe('parseCsv', () => {
  it('reads quoted cells with the delimiter, doubled quotes and line breaks inside', () => {
    const text = 'Meeting,Recommendation\r\n26/09/2023,"That the council ""reviews"", in full,\r\nthe plan"\r\n,Second\r\n';
    expect(parseCsv(text)).toEqual([
      ['Meeting', 'Recommendation'],
      ['26/09/2023', 'That the council "reviews", in full,\nthe plan'],
      ['', 'Second'],
    ]);
  });

  it('takes LF and CR line ends, a byte-order mark, and a last line with no line end', () => {
    expect(parseCsv('\ufeffa,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a,b\rc,d\r')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('keeps empty cells and empty quoted cells, and a blank line as a row of one empty cell', () => {
    expect(parseCsv('a,,""\n\nb')).toEqual([['a', '', ''], [''], ['b']]);
  });

  it('sniffs semicolons and tabs, and honours Excel\'s "sep=" line', () => {
    expect(sniffDelimiter('Meeting;Item;Recommendation\n1;2;3')).toBe(';');
    expect(parseCsv('Meeting;Item\n"a;b";c')).toEqual([['Meeting', 'Item'], ['a;b', 'c']]);
    expect(parseCsv('Meeting\tItem, with comma\nx\ty')).toEqual([['Meeting', 'Item, with comma'], ['x', 'y']]);
    expect(parseCsv('sep=;\r\na;b,c\r\n')).toEqual([['a', 'b,c']]);
    // A comma inside quotes does not count towards the guess.
    expect(sniffDelimiter('"a,b,c";d\n')).toBe(';');
  });

  it('keeps a quote in the middle of an unquoted cell as written', () => {
    expect(parseCsv('Cllr O"Neil said,x')).toEqual([['Cllr O"Neil said', 'x']]);
  });
});

describe('toCsv and neutraliseFormula', () => {
  it('quotes every cell, doubles quotes and ends lines in CRLF; parseCsv reads it back', () => {
    const rows = [['Rec.', 'Recommendation'], ['1', 'The "plan",\nrevised']];
    const text = toCsv(rows);
    expect(text).toBe('"Rec.","Recommendation"\r\n"1","The ""plan"",\nrevised"\r\n');
    expect(parseCsv(text)).toEqual(rows);
  });

  it('puts an apostrophe before cells a spreadsheet would take for a formula, and only those', () => {
    for (const cell of ['=SUM(A1:A2)', '+44 1432', '-1', '@cmd', '\t=1', '\r=1']) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['SUM(1)', 'a=b', '', '1-2', "'already"]) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('gives back the words neutraliseFormula changed, and leaves other apostrophes alone', () => {
    for (const cell of ['=SUM(A1:A2)', '+44', '-1', '@cmd', 'plain', "'quoted'"]) expect(restoreFormulaText(neutraliseFormula(cell))).toBe(cell);
    expect(restoreFormulaText("'tis the season")).toBe("'tis the season");
  });
});
