/*
 * map_glue.c - what the maps need from the rest of the engine (macros,
 * classes, messages), as one struct map_host every reader of a cf shares.
 */
#include "engine/macro.h"
#include "engine/map.h"
#include "engine/msg.h"
#include "engine/symtab.h"

static const char *glue_macro_value(void *ctx, const char *name)
{
	(void)ctx;
	return macro_get(macro_id(name));
}

static void glue_macro_define(void *ctx, const char *name, const char *value)
{
	(void)ctx;
	macro_set(macro_id(name), value);
}

static int glue_class_member(void *ctx, const char *name, const char *word)
{
	(void)ctx;
	return class_has(macro_id(name), word);
}

static void glue_message(void *ctx, int syserr, const char *text)
{
	(void)ctx;
	msg_from_module(syserr, text);
}

const struct map_host engine_map_host = {
	NULL, glue_macro_value, glue_macro_define, glue_class_member, glue_message,
};
