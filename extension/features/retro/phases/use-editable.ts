import { useRetro } from '../retro-context';

/** May this person change the retro? Editors, until it is closed. */
export const useEditable = () => {
  const { retro, link } = useRetro();
  return retro.role === 'edit' && link.closedAt === null;
};
