#ifndef CPOPPLER_SHIM_H
#define CPOPPLER_SHIM_H

#include <glib.h>
#include <gio/gio.h>
#include <poppler.h>

#endif
