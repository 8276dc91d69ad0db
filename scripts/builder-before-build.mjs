// electron-builder's beforeBuild hook (see electron-builder.yml): main, preload and renderer are
// bundled, so there are no node_modules to install, rebuild or ship; false says exactly that.
export async function beforeBuild() {
  return false;
}

export default beforeBuild;
