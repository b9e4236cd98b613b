dnl ostypes/sunos3.5.m4: OSTYPE(`sunos3.5') -- SunOS 3.5.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
define(`confEBINDIR', `/usr/lib')dnl
