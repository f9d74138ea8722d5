import { pickTheme } from './pickTheme';

describe('pickTheme', () => {
  it.each([
    ['#FFFFFF', 'light'], // Colorful / White
    ['#E6E6E6', 'light'], // light grey
    ['#666666', 'dark'], // Dark Gray body: white text reads better
    ['#262626', 'dark'], // Black
    ['#000000', 'dark'],
    ['#fff', 'light'],
    ['#000', 'dark'],
    ['1F1F1F', 'dark'], // without '#'
    ['  #ffffff  ', 'light'],
  ])('picks from Office body background %j → %s', (officeBackground, expected) => {
    expect(pickTheme({ officeBackground })).toBe(expected);
  });

  it('lets Office win over the browser preference', () => {
    expect(pickTheme({ officeBackground: '#ffffff', prefersDark: true })).toBe('light');
    expect(pickTheme({ officeBackground: '#202020', prefersDark: false })).toBe('dark');
  });

  it.each([null, undefined, '', 'white', '#12345', 'rgb(0,0,0)', '#gggggg'])(
    'falls back to the browser preference when Office gives %j',
    (officeBackground) => {
      expect(pickTheme({ officeBackground, prefersDark: true })).toBe('dark');
      expect(pickTheme({ officeBackground, prefersDark: false })).toBe('light');
    },
  );

  it('is light with no information at all', () => {
    expect(pickTheme()).toBe('light');
  });

  it('does not change its options', () => {
    const options = Object.freeze({ officeBackground: '#000000', prefersDark: false });
    expect(pickTheme(options)).toBe('dark');
    expect(options).toEqual({ officeBackground: '#000000', prefersDark: false });
  });
});
