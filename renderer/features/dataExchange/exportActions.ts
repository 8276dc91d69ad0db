// The export commands (menu, keys and the "Export data" dialog): build the file, save it through the
// platform (Save dialog in Electron, a download in the browser) and say what was saved.
import { describeError, getDb } from '../../db/index';
import { platform } from '../../platform/index';
import { useUi } from '../../state/ui';
import { buildInterchangeExport, buildViewExport, type ViewFormat } from './viewExport';

const plural = (n: number) => `${n} recommendation${n === 1 ? '' : 's'}`;

async function save(build: () => Promise<{ request: Parameters<typeof platform.saveFile>[0]; count: number }>, what: string): Promise<boolean> {
  const ui = useUi.getState();
  try {
    const { request, count } = await build();
    const result = await platform.saveFile(request);
    if (result === 'cancelled') return false;
    ui.notify(`${what}: ${plural(count)} saved as "${request.suggestedName}".`);
    return true;
  } catch (error) {
    ui.notify(`Nothing was exported: ${describeError(error)}`, 'error');
    return false;
  }
}

/** The table's current view (its filters and order) to CSV or Excel. */
export function exportView(format: ViewFormat): Promise<boolean> {
  const { filter, sort } = useUi.getState();
  return save(() => buildViewExport(getDb(), filter, sort, format), format === 'csv' ? 'The view, as CSV' : 'The view, as an Excel workbook');
}

/** Every committee, meeting, item and recommendation, as interchange JSON. */
export function exportInterchange(): Promise<boolean> {
  return save(() => buildInterchangeExport(getDb()), 'The whole tracker');
}
