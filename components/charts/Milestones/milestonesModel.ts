/**
 * The milestones chart's model as its layout and plot need it: dated marks with their words already
 * written in the page's language (milestonesState.ts, on the server). No dataset, schema values or
 * catalogue are imported: it is bundled with the plot, which lays itself out in the browser.
 */
import type { MilestoneKind } from '@/data/schema';

export const MILESTONES_CHART_ID = 'milestones';

export interface MilestonePoint {
  id: string;
  date: string;
  dateText: string;
  /** Middle of the period the date names ("2004" → 1 July 2004): where the mark sits. */
  at: number;
  /** The date names a year or a month, not a day. */
  approximate: boolean;
  title: string;
  kind: MilestoneKind;
  /** The kind's name in the page's language ("Document", "Документ"). */
  kindText: string;
  /** The mark's accessible name: "15 June 2001: Shanghai Convention (Document). Opens its source." */
  name: string;
  place?: string;
  /** For a document: when it entered into force, formatted ("19 September 2003"). */
  inForceText?: string;
  summary: string;
  /** The source page the mark links to: the first source with a URL, else its bibliography entry. */
  href: string;
  sourceIds: string[];
}

/** What the timeline draws of a milestone (the plot gets only this; the tooltip and table have the rest). */
export type MilestoneMark = Pick<MilestonePoint, 'id' | 'date' | 'dateText' | 'at' | 'approximate' | 'title' | 'kind' | 'kindText' | 'name' | 'href'>;

/** A milestone's mark: what the plot needs of it. */
export function milestoneMark(p: MilestonePoint): MilestoneMark {
  return { id: p.id, date: p.date, dateText: p.dateText, at: p.at, approximate: p.approximate, title: p.title, kind: p.kind, kindText: p.kindText, name: p.name, href: p.href };
}
