// Library entries taken out because they could not be confirmed as a real product or lesson by the
// named instructor. A video id is a database key that stored engagements point at, so these ids stay
// reserved: the seed never deletes a row (db/seed.ts), existing rows and their engagements keep
// working, nothing recommends them again, and no new entry may take one of these ids.
export const RETIRED_VIDEO_IDS: readonly string[] = [
  // No "Master The Move" series by John Danaher could be placed.
  'danaher-master-the-move-anaconda',
  'danaher-master-the-move-arm-drags',
  'danaher-master-the-move-american-lock',
  'danaher-master-the-move-straight-arm-bar',
  'danaher-master-the-move-sumi-gaeshi',
  'danaher-master-the-move-knee-cut',
  'danaher-master-the-move-ankle-lock',
  'danaher-master-the-move-side-crucifix',
  'danaher-master-the-move-back-crucifix',
  'danaher-master-the-move-shoulder-crunch',
  'danaher-master-the-move-toreando',
  // Not confirmed as a Danaher title (his front headlock material is elsewhere).
  'danaher-the-front-headlock-system',
  // Two near-identical Craig Jones leg lock titles, neither confirmed.
  'craig-jones-down-under-leg-attacks',
  'craig-jones-battle-tested-down-under-leglocks',
  // Craig Jones titles that could not be confirmed.
  'craig-jones-z-guard-encyclopedia',
  'craig-jones-the-triangle-machine',
  'craig-jones-systematic-submission-dilemmas',
  'craig-jones-closet-closed-guard',
  'craig-jones-dont-be-finished',
  'craig-jones-front-headlock-escapes',
  'craig-jones-anti-wrestling-equation',
  'craig-jones-octopus-guard-2',
  'craig-jones-pass-guards-with-leg-attacks',
];
