// "Open example tracker": loads the Herefordshire appendix (2023–2025) so a newcomer sees a real
// tracker in one click. The JSON is bundled and loaded only when asked for. The appendix has no
// status column: its response wording says how each stands ("This took place during 2024", "it will
// not be pursued further"), so each recommendation comes in with the status those words give.
import { STATUS_LABELS, statusFromResponse } from '../../../shared/index';
import { importInterchangeText } from '../actions';

interface ExampleRecommendation {
  response?: string | null;
  status?: string;
}

export async function openExampleTracker(): Promise<void> {
  const module = await import('./herefordshire-cypsc-appendix-2023-2025.json');
  const example = structuredClone(module.default) as { meetings: Array<{ items: Array<{ recommendations: ExampleRecommendation[] }> }> };
  for (const meeting of example.meetings)
    for (const item of meeting.items) for (const rec of item.recommendations) rec.status ??= STATUS_LABELS[statusFromResponse(rec.response)];
  await importInterchangeText(JSON.stringify(example), 'the example tracker');
}
