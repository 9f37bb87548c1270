package dev.exitscope.views.tokentext;

/** The kinds of rectangles drawn behind and around the tokens of a paragraph. */
public enum TokenMark {
    /** Background of a token with a value of the chosen signal. */
    HEAT,
    /** A token of a find match. */
    FIND_MATCH,
    /** A token of the current find match. */
    FIND_CURRENT,
    /** The bar above a reflection-cue token. */
    CUE,
    /** The outline of the token under the cursor. */
    CURSOR
}
