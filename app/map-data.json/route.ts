/**
 * `/map-data.json`: everything the map explorer shows (components/map/types.ts MapData), written
 * as a static file at build time. The page sends only its summary with the HTML; the explorer
 * loads this after first paint (components/map/useMapData.ts).
 */
import { siteMapData } from '@/components/map/siteMapData.server';

export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(siteMapData());
}
