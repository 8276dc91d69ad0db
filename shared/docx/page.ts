// The page the Word exports print on: A4, 2 cm margins, and the room left for text, in twips (twentieths of a point).

// A4 in twentieths of a point, portrait; docx swaps the sides itself for landscape.
export const A4_SHORT = 11906;
export const A4_LONG = 16838;
/** 2 cm margins: room for a hole punch and the agenda pack's page numbers. */
export const MARGIN = 1134;
export const HEADER_FOOTER_DISTANCE = 567;

export function textWidth(orientation: 'landscape' | 'portrait'): number {
  return (orientation === 'landscape' ? A4_LONG : A4_SHORT) - 2 * MARGIN;
}

/** The height of the page left for the body, in twips, less a line or two for the header and footer. */
export function bodyHeight(orientation: 'landscape' | 'portrait'): number {
  return (orientation === 'landscape' ? A4_SHORT : A4_LONG) - 2 * MARGIN - 700;
}
