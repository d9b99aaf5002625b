/** One CJK character (unified ideographs, extension A, compatibility ideographs). Shared by the build and the browser. */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
