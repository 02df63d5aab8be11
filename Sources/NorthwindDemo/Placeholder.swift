enum NorthwindPlaceholder {}
