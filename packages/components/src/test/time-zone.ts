/// <reference types="@vitest/browser-playwright" />
import { cdp, server } from 'vitest/browser';

/**
 * Time zones in browser tests. Chromium switches zones in the middle of a run (CDP's
 * `Emulation.setTimezoneOverride`); Firefox and WebKit cannot over their drivers, so each runs its
 * whole suite in one zone set when the browser starts (`ENGINE_TIME_ZONES` in
 * scripts/engines/engines.ts). A test for a given zone runs where the zone can be had.
 */

/** Whether this engine can switch its time zone during a run. */
export const canSwitchTimeZone = server.provider === 'playwright' && server.browser === 'chromium';

/** The IANA time zone the page runs in now. */
export function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Whether a test for `timeZone` can run in this engine: by switching to it, or by running in it already. */
export function canRunInTimeZone(timeZone: string): boolean {
  return canSwitchTimeZone || currentTimeZone() === timeZone;
}

/**
 * Puts the page in `timeZone`, or (`''`) back in the browser's own. In an engine that cannot switch,
 * only the zone it already runs in is accepted: anything else throws rather than testing the wrong zone.
 */
export async function useTimeZone(timeZone: string): Promise<void> {
  if (canSwitchTimeZone) {
    await cdp().send('Emulation.setTimezoneOverride', { timezoneId: timeZone });
    return;
  }
  if (timeZone !== '' && timeZone !== currentTimeZone()) {
    throw new Error(
      `${server.browser} runs in ${currentTimeZone()} and cannot switch to ${timeZone}; guard the test with canRunInTimeZone().`,
    );
  }
}
