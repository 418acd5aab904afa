// The names and the Run list of custom cases live in the domain (rounds use them too).
export { customCaseName, withCustomCases } from '../../domain/problem/custom-case';
