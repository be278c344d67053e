/**
 * A frame loaded ahead and kept hidden (the deck's neighbouring slides) can hold its page's
 * scripts until it is shown: the page is fetched, parsed and painted (so it shows at once), but
 * not hydrated, which is most of its cost. The frame element carries `HELD_FRAME_ATTRIBUTE`; the
 * page's paint-first loader (scripts/lib/paintFirst.ts) sees it through `window.frameElement`
 * (same-origin frames only) and waits for `WAKE_FRAME_MESSAGE` from its parent. The parent removes
 * the attribute before it posts the message, so a loader that runs in between starts at once.
 */
export const HELD_FRAME_ATTRIBUTE = 'data-held';
export const WAKE_FRAME_MESSAGE = 'sco-atlas-wake';
