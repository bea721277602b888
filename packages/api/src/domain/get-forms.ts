/** The forms of "get" that make a passive or a reaching ("gets swept", "got to mount"). */
export const GET_FORMS = ['get', 'gets', 'got', 'getting', 'gotten'] as const;
