import { isValidRoutingNumber } from './abaRouting';

describe('isValidRoutingNumber', () => {
  it.each([
    ['011000015', 'the Federal Reserve Bank of Boston'],
    ['231380104', 'in the PPD sample files'],
    ['121042882', 'in the two-batch sample file'],
    ['091400606', 'in the WEB return sample'],
    ['101206101', 'in the Fiserv return sample'],
    ['273976369', 'in the return fragment'],
    [' 011000015 ', 'with spaces around it'],
  ])('accepts %p when it is a real routing number (%s)', (text) => {
    expect(isValidRoutingNumber(text)).toBe(true);
  });

  it.each([
    ['011000016', 'the check digit is one off'],
    ['011000051', 'two digits are swapped'],
    ['231380105', 'the check digit of a sample number is changed'],
    ['11000015', 'a leading zero was lost (8 digits)'],
    ['0110000150', 'it has 10 digits'],
    ['01100001A', 'it holds a letter'],
    ['011 000 015', 'it holds spaces inside'],
    ['000000000', 'it is all zeros (the sum is 0, yet no bank)'],
    ['500000005', 'its prefix 50 is not assigned (the sum is right)'],
    ['990000000', 'its prefix 99 is not assigned (the sum is right)'],
    ['', 'it is empty'],
  ])('refuses %p when %s', (text) => {
    expect(isValidRoutingNumber(text)).toBe(false);
  });
});
