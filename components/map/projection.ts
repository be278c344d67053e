/**
 * The map's projection and coordinate space, shared by the build (scripts/build-geometry.ts,
 * which ships the geometry already projected into this space), the server-rendered outline and
 * the interactive map (markers, zoom-to, pan). Change anything here and rebuild the geometry.
 *
 * Albers equal-area conic with standard parallels 25°N and 55°N, centred on 95°E: areas compare
 * truly from Egypt to Chukotka, and the fan is balanced between Belarus and the Pacific.
 */
import { geoConicEqualArea, type GeoConicProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';

/** The viewBox of every map SVG: `0 0 MAP_WIDTH MAP_HEIGHT`. */
export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 866;
const PAD = 12;

export const PROJECTION_PARALLELS: [number, number] = [25, 55];
export const PROJECTION_ROTATE: [number, number] = [-95, 0];

/**
 * The land the frame must hold, as [lon, lat]: western Belarus, Egypt's western border, Thrace,
 * the Kola peninsula, the Taymyr peninsula, Chukotka's eastern cape (190°E = 170°W), Kamchatka,
 * Vladivostok, southern Cambodia, the Maldives' southern atoll, Sri Lanka, Sinai and Socotra.
 * Framing only: no figure on the map is drawn from these points.
 */
export const FRAME_POINTS: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [22, 52],
    [25, 22],
    [26, 40],
    [28, 70],
    [104, 78],
    [190, 66],
    [163, 56],
    [132, 43],
    [107.5, 10.5],
    [73, -0.7],
    [80, 6],
    [35, 29],
    [50, 12],
  ],
};

/** A fresh projection fitted to the frame (projections are mutable; never share one). */
export function createProjection(): GeoConicProjection {
  return geoConicEqualArea()
    .parallels(PROJECTION_PARALLELS)
    .rotate(PROJECTION_ROTATE)
    .fitExtent(
      [
        [PAD, PAD],
        [MAP_WIDTH - PAD, MAP_HEIGHT - PAD],
      ],
      FRAME_POINTS,
    );
}
