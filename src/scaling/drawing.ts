/**
 * What the planner's drawing shares between its layout (layout.ts, loaded with the rest of the
 * plan's view) and its rendering (PlanDiagram.tsx, in the island): kept apart so that the island
 * does not load the layout to draw it.
 */

/** Font sizes the stylesheet uses for the drawing's labels (see scaling.css), for fitting text. */
export const FONT = { api: 13, link: 14, vpc: 14, zone: 13, subnet: 12 } as const;
/** Where to put a line's baseline so the text looks centred on `y`, without relying on dominant-baseline. */
export const baselineFor = (y: number, fontSize: number) => y + fontSize * 0.35;
/** The network-interface marker's radius. */
export const ENI_R = 8;
