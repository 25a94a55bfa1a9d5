import { browser } from 'wxt/browser';

// Firefox names the right-clicked element (`targetElementId`, for `menus.getTargetElement`) only to
// an extension with the `menus` permission, under that name; Chrome has `contextMenus` alone.
export const menus = () => browser.menus ?? browser.contextMenus;
