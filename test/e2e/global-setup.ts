import { buildGallery } from '../fixtures/gallery/build';

/** The widget gallery's React and Shoelace pages are bundled once before the e2e run. */
export default async function globalSetup(): Promise<void> {
  await buildGallery();
}
