/**
 * The ribbon's function file (manifest FunctionFile → commands.html). The Home tab button is a
 * ShowTaskpane action, which Office handles itself, so there is nothing to associate yet; the
 * page only has to load and report ready. Function commands (ExecuteFunction) will register here.
 */
if (typeof Office !== 'undefined') {
  void Office.onReady();
}
export {};
