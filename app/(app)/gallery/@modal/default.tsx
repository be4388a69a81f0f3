/** No image open: the slot renders nothing (also after a hard load of the gallery). */
export default function NoModal() {
  return null;
}
