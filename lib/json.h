/*
 * json.h - writing JSON strings: the one escaper of the commands that
 * print JSON (smcf show, smcf site).
 */
#ifndef SMCF_JSON_H
#define SMCF_JSON_H

#include <stdio.h>

/* S (NULL: null) as a JSON string, quotes included; bytes that are not
 * UTF-8 become U+FFFD. */
void json_string(FILE *out, const char *s);

#endif
