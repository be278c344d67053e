/**
 * The Export menu's words in the page's language, for a server component to hand to the menu (a
 * client leaf, which never imports the catalogue): the button, the items, the status messages
 * (compiled ICU, formatted in the browser), and the words an export adds to the frame. Server only.
 */
import { messages, type Locale } from '@/lib/i18n';
import { compileMessage, compileMessages } from '@/lib/messages/compile.server';
import type { Compiled, CompiledMessage } from '@/lib/messages/compiled';
import type { Messages } from '@/lib/i18n';

type ExportMessages = Messages['export'];

/** The words an export adds to the frame (what the exporter gets of ExportMenuWords). */
export interface ExportFrameWords {
  /** Before the legend's labels in an SVG's description. */
  legend: string;
  /** Under the source line of every map export. */
  mapNote: string;
  /** "Data as of {date}". */
  asOf: CompiledMessage;
}

export interface ExportMenuWords extends ExportFrameWords {
  button: string;
  buttonLabel: ExportMessages['buttonLabel'];
  items: ExportMessages['items'];
  status: Compiled<ExportMessages['status']>;
}

export function exportMenuWords(locale: Locale): ExportMenuWords {
  const t = messages(locale).export;
  return {
    button: t.button,
    buttonLabel: t.buttonLabel,
    items: t.items,
    status: compileMessages(t.status),
    legend: t.legend,
    mapNote: t.mapNote,
    asOf: compileMessage(messages(locale).charts.frame.asOf),
  };
}
