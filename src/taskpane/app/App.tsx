import { FluentProvider, makeStaticStyles, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ThemeName } from '../theme/pickTheme';
import { ShellPage } from './ShellPage';
import { shellMessage, type Startup } from './shellMessage';

export interface AppProps {
  startup: Startup;
  themeName: ThemeName;
  /** Things opening the workbook did that the user must know (an interrupted post rolled back). */
  notices?: string[];
}

const THEMES = { light: webLightTheme, dark: webDarkTheme } as const;

/** The pane is the whole page: no browser margin around the themed surface. */
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useAppStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
});

/**
 * The task pane's root: the Fluent theme matching Office (or the browser) and the page for how
 * the pane started. It never calls Office; index.tsx hands it everything it shows.
 */
export function App({ startup, themeName, notices = [] }: AppProps) {
  useGlobalStyles();
  const styles = useAppStyles();
  return (
    <FluentProvider theme={THEMES[themeName]} className={styles.root}>
      <ShellPage message={shellMessage(startup)} notices={notices} />
    </FluentProvider>
  );
}
