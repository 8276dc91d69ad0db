// "Open example tracker": loads the Herefordshire appendix (2023–2025) so a newcomer sees a real
// tracker in one click. The JSON is bundled and loaded only when asked for.
import { importInterchangeText } from '../actions';

export async function openExampleTracker(): Promise<void> {
  const module = await import('./herefordshire-cypsc-appendix-2023-2025.json');
  await importInterchangeText(JSON.stringify(module.default), 'the example tracker');
}
