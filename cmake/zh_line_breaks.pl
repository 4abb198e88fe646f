#!/usr/bin/perl
# Adds roff's \: (a break point of no width) between Chinese characters of a man page, so groff
# can wrap Chinese text, which has no spaces: groff 1.22 breaks lines only at spaces, and
# without this a Chinese paragraph runs past the right margin ("can't break line").
# Not after an opening bracket or quote, nor before closing punctuation, as Chinese typesetting
# wants. Usage: perl zh_line_breaks.pl page.1 > page-with-breaks.1
use strict;
use warnings;
use open qw(:std :encoding(UTF-8));

my $cjk = qr/[\x{2E80}-\x{303F}\x{3400}-\x{9FFF}\x{F900}-\x{FAFF}\x{FF01}-\x{FF60}]/;
my $opening = qr/[\x{FF08}\x{300C}\x{300E}\x{300A}\x{3010}\x{201C}]/;    # （「『《【“
my $closing = qr/[\x{FF0C}\x{3002}\x{3001}\x{FF1B}\x{FF1A}\x{FF09}\x{300D}\x{300F}\x{300B}\x{3011}\x{201D}\x{FF1F}\x{FF01}]/;    # ，。、；：）」』》】”？！

while (my $line = <>) {
  # Comments and requests' names stay as written; text and macro arguments get break points.
  $line =~ s/((?!$opening)$cjk)(?=$cjk|[A-Za-z0-9])(?!$closing)/$1\\:/g unless $line =~ /^\.\\"/;
  print $line;
}
