/*
 * MakeLine: classifies one logical, non-recipe makefile line (continuations already collapsed,
 * comments already removed) the way GNU make 4.3's reader does.
 *
 * Ordering matters. GNU make tries a variable assignment before it looks at any keyword, so
 * `export = 1` or `ifdef = y` are assignments. Here this is expressed by alternative order: when a
 * line matches several alternatives, ANTLR picks the first one listed, which is make's choice.
 * The parser must therefore run in full LL prediction mode (DirectiveParser does that).
 *
 * The lexer keeps every character that matters in some context in a token of its own: blanks one
 * by one, quotes, commas, parentheses and braces. A '$' takes the next character with it
 * ($$, $X), as make's assignment scan does, except when that character matters elsewhere.
 *
 * Done in Java instead (DirectiveParser): splitting the `ifeq (a,b)` form. make ends the first
 * argument at the first ',' where (number of '(' minus number of ')' seen so far) <= 0. That count
 * can go negative (`ifeq (a),b)` gives "a)"), so it is not a balanced-bracket language.
 */
grammar MakeLine;

@header {package dev.makelint.syntax.antlr;}

// ---------------------------------------------------------------------------------------------
// Parser

line
  : BLANK* (assignment | directive | other) EOF
  ;

/* make's variable-assignment check, tried first. At each step: the rest is `NAME op VALUE`, or a
 * modifier word followed by blanks and another try, or `define`/`undefine`. ('unexport' is not a
 * modifier in make 4.3: `unexport X = 1` unexports X, = and 1.) */
assignment
  : definition                                  # plainAssignment
  | modifier BLANK+ assignment                  # modifiedAssignment
  | DEFINE (BLANK+ defineArgs?)?                # defineAssignment
  | UNDEFINE (BLANK+ rest?)?                    # undefineAssignment
  ;

modifier
  : EXPORT | OVERRIDE | PRIVATE
  ;

/* NAME op VALUE. Blanks inside the name end it: after them only an operator may follow. */
definition
  : name BLANK* assignOp value
  ;

name
  : namePart*
  ;

/* What make's scan steps over. Not here: blanks, a ':' that is not ':=' or '::=', '#' (make's
 * scan stops there), a bare '$' at the end, and unterminated references (the scan runs off the
 * end of the line, so the line is no assignment). */
namePart
  : WORD | ref | keyword
  | PLUS | QMARK | BANG
  | LPAREN | RPAREN | LBRACE | RBRACE | COMMA | SQUOTE | DQUOTE
  ;

/* A reference skipped as a unit: inside $( only parentheses are counted, bare ones included;
 * inside ${ only braces. '$' plus one character ($$, $X, $=, $:) is one unit as well. */
ref
  : DOLLAR_SINGLE
  | DOLLAR (RPAREN | RBRACE | COMMA | SQUOTE | DQUOTE | BLANK)
  | DOLLAR_LPAREN parenBody RPAREN
  | DOLLAR_LBRACE braceBody RBRACE
  ;

parenBody
  : ( ~(LPAREN | DOLLAR_LPAREN | RPAREN) | (LPAREN | DOLLAR_LPAREN) parenBody RPAREN )*
  ;

braceBody
  : ( ~(LBRACE | DOLLAR_LBRACE | RBRACE) | (LBRACE | DOLLAR_LBRACE) braceBody RBRACE )*
  ;

assignOp
  : EQ | COLON_EQ | COLON2_EQ | PLUS_EQ | QMARK_EQ | BANG_EQ
  ;

value
  : anyToken*
  ;

/* After 'define': the same scan finds an optional operator; without one the whole rest is the
 * name. */
defineArgs
  : definition
  | rest
  ;

/* Reached only when the line is not an assignment. A keyword counts only as a whole word, that
 * is, followed by a blank or the end of the line. */
directive
  : conditional                                       # conditionalDirective
  | (EXPORT | UNEXPORT) (BLANK+ rest?)?               # exportDirective
  | VPATH (BLANK+ rest?)?                             # vpathDirective
  | (INCLUDE | DASH_INCLUDE | SINCLUDE) (BLANK+ rest?)? # includeDirective
  | (LOAD | DASH_LOAD) (BLANK+ rest?)?                # loadDirective
  ;

conditional
  : testConditional                                   # testCond
  | ELSE (BLANK+ (testConditional | rest)?)?          # elseCond
  | ENDIF (BLANK+ rest?)?                             # endifCond
  ;

/* The conditionals that may also follow 'else'. */
testConditional
  : (IFDEF | IFNDEF) (BLANK+ rest?)?                  # defConditional
  | (IFEQ | IFNEQ) (BLANK+ eqArgs?)?                  # eqConditional
  ;

/* The argument forms of ifeq/ifneq. Any other text is kept as 'badArgs' ("invalid syntax in
 * conditional"); make reports it only when the line is evaluated. */
eqArgs
  : quoted BLANK* quoted trailing                     # quotedArgs
  | quoted BLANK* RPAREN trailing                     # quotedParenArgs
  | LPAREN anyToken*                                  # parenArgs
  | rest                                              # badArgs
  ;

/* make 4.3 quirk (probed): after a quoted first argument, a ')' is accepted where the second
 * quote should be, and the second argument is then empty: `ifeq '' )` is true. */

quoted
  : SQUOTE (~SQUOTE)* SQUOTE
  | DQUOTE (~DQUOTE)* DQUOTE
  ;

/* Blanks, then anything else is extraneous text. */
trailing
  : BLANK* rest?
  ;

/* Text that starts with a non-blank and runs to the end of the line. */
rest
  : nonBlank anyToken*
  ;

other
  : anyToken*
  ;

keyword
  : EXPORT | UNEXPORT | OVERRIDE | PRIVATE | DEFINE | UNDEFINE
  | IFEQ | IFNEQ | IFDEF | IFNDEF | ELSE | ENDIF
  | INCLUDE | DASH_INCLUDE | SINCLUDE | VPATH | LOAD | DASH_LOAD
  ;

nonBlank
  : ~BLANK
  ;

anyToken
  : ~EOF
  ;

// ---------------------------------------------------------------------------------------------
// Lexer. Keywords come before WORD so that an equally long match is a keyword; a longer word
// (`include_foo`, `exportX`) is a WORD.

EXPORT       : 'export' ;
UNEXPORT     : 'unexport' ;
OVERRIDE     : 'override' ;
PRIVATE      : 'private' ;
DEFINE       : 'define' ;
UNDEFINE     : 'undefine' ;
IFEQ         : 'ifeq' ;
IFNEQ        : 'ifneq' ;
IFDEF        : 'ifdef' ;
IFNDEF       : 'ifndef' ;
ELSE         : 'else' ;
ENDIF        : 'endif' ;
INCLUDE      : 'include' ;
DASH_INCLUDE : '-include' ;
SINCLUDE     : 'sinclude' ;
VPATH        : 'vpath' ;
LOAD         : 'load' ;
DASH_LOAD    : '-load' ;

DOLLAR_LPAREN : '$(' ;
DOLLAR_LBRACE : '${' ;
/* '$' and the character make skips with it, unless that character is significant elsewhere
 * (brackets, comma, quotes, blanks): then '$' is a DOLLAR token of its own. */
DOLLAR_SINGLE : '$' ~[(){},'" \t] ;
DOLLAR        : '$' ;

COLON2_EQ : '::=' ;
COLON_EQ  : ':=' ;
PLUS_EQ   : '+=' ;
QMARK_EQ  : '?=' ;
BANG_EQ   : '!=' ;
EQ        : '=' ;
COLON     : ':' ;
PLUS      : '+' ;
QMARK     : '?' ;
BANG      : '!' ;

LPAREN : '(' ;
RPAREN : ')' ;
LBRACE : '{' ;
RBRACE : '}' ;
COMMA  : ',' ;
SQUOTE : '\'' ;
DQUOTE : '"' ;
HASH   : '#' ;

/* make's blanks are space and tab only. One token per character, so that '$ ' takes exactly one. */
BLANK : [ \t] ;

WORD : ~[ \t$:=+?!(){},'"#]+ ;
