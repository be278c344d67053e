/**
 * A link to another slide or deck, before the deck has read it. The built /present page is the deck
 * at the default deck's first slide; a link that names another slide (`?slide=5`) or deck (`?deck=…`),
 * or a deck kept in this browser, would show that title slide first and then jump. A script in the
 * page marks <html> before it paints, the stage stays blank (Deck.module.css) and Deck removes the
 * mark once it has read the link, or the stage shows after 8 s whatever happens (scripts that never
 * come). Without JavaScript nothing is marked and the title slide shows. Pure.
 */
import { DECK_STORAGE_KEY } from './slideCode';
import { DECK_PARAM } from './deckCodec';
import { SLIDE_PARAM } from './slideParam';

export const DECK_PENDING_ATTRIBUTE = 'data-deck-pending';

/** Whether the deck will show something other than the built page's first slide. */
export function deckLinkPending(search: string, storedDeck: string | null): boolean {
  const params = new URLSearchParams(search);
  const slide = params.get(SLIDE_PARAM);
  return params.has(DECK_PARAM) || storedDeck !== null || (slide !== null && slide.trim() !== '1');
}

/** The page's script (plain ES5 around the same rule; it must not throw). */
export const DECK_PENDING_SCRIPT =
  `(function(){try{var q=new URLSearchParams(location.search),s=q.get(${JSON.stringify(SLIDE_PARAM)}),d=null;` +
  `try{d=localStorage.getItem(${JSON.stringify(DECK_STORAGE_KEY)})}catch(e){}` +
  `if(q.has(${JSON.stringify(DECK_PARAM)})||d!==null||(s!==null&&s.trim()!=="1"))document.documentElement.setAttribute(${JSON.stringify(DECK_PENDING_ATTRIBUTE)},"")}catch(e){}})();`;
