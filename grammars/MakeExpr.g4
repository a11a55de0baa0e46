/*
 * One level of GNU make text, as make's expander (expand.c / function.c in 4.3) scans it.
 *
 * The lexer cuts the text into single-character tokens for the characters the expander looks at,
 * plus maximal runs of whitespace and of other text. The parser finds every '$' construct and its
 * extent. Nesting is counted by recursion: inside "$(" every '(' and ')' counts, bare or not, and
 * braces are plain text; inside "${" it is the other way round. A construct that never closes runs
 * to EOF, which is the end of the string being expanded (make works on NUL-terminated strings).
 *
 * Make expands a variable name or a function argument as a separate string. ExprParser does the same:
 * it runs this grammar again on the token range of every name and argument. The quirks that depend
 * on a flat scan rather than on nesting (function-name lookup, the "first closing bracket" rule for
 * names without '$', unbalanced names, the maximum argument count) are decided in ExprTreeBuilder.
 *
 * Written for makelint from make's observable behaviour; no GNU make code is used.
 */
grammar MakeExpr;

@header {package dev.makelint.syntax.antlr;}

text
  : piece* EOF
  ;

piece
  : DOLLAR ref                                              # dollarPiece
  | (TEXT | WS | COMMA | LPAREN | RPAREN | LBRACE | RBRACE) # plainPiece
  ;

// What follows a '$'.
ref
  : DOLLAR                                  # escapedDollar
  | LPAREN parenBody close=(RPAREN | EOF)   # parenRef
  | LBRACE braceBody close=(RBRACE | EOF)   # braceRef
  | (TEXT | WS | COMMA | RPAREN | RBRACE)   # singleCharRef
  | EOF                                     # trailingDollar
  ;

// Inside "$(": only parentheses nest. Top-level COMMA tokens are direct children of parenBody.
parenBody
  : (parenGroup | ~(LPAREN | RPAREN))*
  ;

parenGroup
  : LPAREN parenBody (RPAREN | EOF)
  ;

// Inside "${": only braces nest.
braceBody
  : (braceGroup | ~(LBRACE | RBRACE))*
  ;

braceGroup
  : LBRACE braceBody (RBRACE | EOF)
  ;

DOLLAR : '$' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACE : '{' ;
RBRACE : '}' ;
COMMA  : ',' ;
// C isspace() in the C locale: make treats all of these as blanks after a function name.
WS     : [ \t\n\u000B\f\r]+ ;
TEXT   : ~[$(){}, \t\n\u000B\f\r]+ ;
