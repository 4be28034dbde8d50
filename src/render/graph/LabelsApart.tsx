import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { drawFadingLabel, keepLabelsApart } from "./labels";

/** Labels on screen do not overlap: sigma's label grid picks them, then any that would overlap one drawn is left out. */
export function LabelsApart() {
  const sigma = useSigma();
  useEffect(() => {
    keepLabelsApart(sigma, drawFadingLabel);
    sigma.refresh({ skipIndexation: true });
  }, [sigma]);
  return null;
}
