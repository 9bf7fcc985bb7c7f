(define (problem plan_trial_T20190318_011546_552774)
    (:domain alfred)
    (:objects
        agent1 - agent
        BreadType - otype
        ButterKnifeType - otype
        CupType - otype
        KnifeType - otype
        PanType - otype
        PlateType - otype
        SoapBottleType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Pan_bar__minus_01_dot_01_bar__plus_02_dot_44_bar__minus_02_dot_48 - object
        Pan_bar__minus_00_dot_57_bar__plus_00_dot_94_bar__minus_00_dot_33 - object
        Plate_bar__plus_01_dot_94_bar__plus_00_dot_32_bar__plus_00_dot_17 - object
        Cup_bar__plus_00_dot_04_bar__plus_01_dot_38_bar__plus_01_dot_71 - object
        WineBottle_bar__minus_00_dot_79_bar__plus_02_dot_04_bar__minus_00_dot_39 - object
        SoapBottle_bar__plus_02_dot_91_bar__plus_00_dot_14_bar__minus_01_dot_72 - object
        Bread_bar__plus_01_dot_57_bar__plus_00_dot_91_bar__plus_00_dot_87 - object
        Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80 - receptacle
        CounterTop_bar__plus_02_dot_71_bar__plus_00_dot_41_bar__plus_02_dot_74 - receptacle
        Drawer_bar__minus_03_dot_23_bar__plus_03_dot_30_bar__minus_03_dot_15 - receptacle
        Drawer_bar__plus_01_dot_60_bar__plus_02_dot_31_bar__minus_03_dot_49 - receptacle
        Fridge_bar__minus_01_dot_55_bar__plus_00_dot_75_bar__plus_02_dot_76 - receptacle
        Microwave_bar__minus_03_dot_48_bar__plus_01_dot_40_bar__minus_01_dot_53 - receptacle
        Sink_bar__plus_03_dot_20_bar__plus_00_dot_04_bar__plus_01_dot_53_bar_SinkBasin - receptacle
        loc_bar_0_bar__minus_8_bar_0_bar_45 - location
        loc_bar_1_bar__minus_7_bar_0_bar_0 - location
        loc_bar_2_bar_6_bar_1_bar_60 - location
        loc_bar_3_bar__minus_2_bar_2_bar_30 - location
        loc_bar_6_bar__minus_6_bar_1_bar_30 - location
        loc_bar_8_bar_2_bar_3_bar_60 - location
        loc_bar__minus_9_bar_5_bar_0_bar_0 - location
        loc_bar__minus_9_bar_5_bar_2_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_6_bar__minus_6_bar_1_bar_30)
        (receptacleType Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80 loc_bar_3_bar__minus_2_bar_2_bar_30)
        (openable Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80)
        (receptacleType CounterTop_bar__plus_02_dot_71_bar__plus_00_dot_41_bar__plus_02_dot_74 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_71_bar__plus_00_dot_41_bar__plus_02_dot_74 loc_bar__minus_9_bar_5_bar_0_bar_0)
        (receptacleType Drawer_bar__minus_03_dot_23_bar__plus_03_dot_30_bar__minus_03_dot_15 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_03_dot_23_bar__plus_03_dot_30_bar__minus_03_dot_15 loc_bar_1_bar__minus_7_bar_0_bar_0)
        (openable Drawer_bar__minus_03_dot_23_bar__plus_03_dot_30_bar__minus_03_dot_15)
        (receptacleType Drawer_bar__plus_01_dot_60_bar__plus_02_dot_31_bar__minus_03_dot_49 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_60_bar__plus_02_dot_31_bar__minus_03_dot_49 loc_bar_0_bar__minus_8_bar_0_bar_45)
        (openable Drawer_bar__plus_01_dot_60_bar__plus_02_dot_31_bar__minus_03_dot_49)
        (receptacleType Fridge_bar__minus_01_dot_55_bar__plus_00_dot_75_bar__plus_02_dot_76 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_01_dot_55_bar__plus_00_dot_75_bar__plus_02_dot_76 loc_bar_8_bar_2_bar_3_bar_60)
        (openable Fridge_bar__minus_01_dot_55_bar__plus_00_dot_75_bar__plus_02_dot_76)
        (receptacleType Microwave_bar__minus_03_dot_48_bar__plus_01_dot_40_bar__minus_01_dot_53 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_03_dot_48_bar__plus_01_dot_40_bar__minus_01_dot_53 loc_bar_2_bar_6_bar_1_bar_60)
        (openable Microwave_bar__minus_03_dot_48_bar__plus_01_dot_40_bar__minus_01_dot_53)
        (receptacleType Sink_bar__plus_03_dot_20_bar__plus_00_dot_04_bar__plus_01_dot_53_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_03_dot_20_bar__plus_00_dot_04_bar__plus_01_dot_53_bar_SinkBasin loc_bar__minus_9_bar_5_bar_2_bar_30)
        (objectType Pan_bar__minus_01_dot_01_bar__plus_02_dot_44_bar__minus_02_dot_48 PanType)
        (pickupable Pan_bar__minus_01_dot_01_bar__plus_02_dot_44_bar__minus_02_dot_48)
        (cleanable Pan_bar__minus_01_dot_01_bar__plus_02_dot_44_bar__minus_02_dot_48)
        (coolable Pan_bar__minus_01_dot_01_bar__plus_02_dot_44_bar__minus_02_dot_48)
        (inReceptacle Pan_bar__minus_01_dot_01_bar__plus_02_dot_44_bar__minus_02_dot_48 CounterTop_bar__plus_02_dot_71_bar__plus_00_dot_41_bar__plus_02_dot_74)
        (objectAtLocation Pan_bar__minus_01_dot_01_bar__plus_02_dot_44_bar__minus_02_dot_48 loc_bar__minus_9_bar_5_bar_0_bar_0)
        (objectType Pan_bar__minus_00_dot_57_bar__plus_00_dot_94_bar__minus_00_dot_33 PanType)
        (pickupable Pan_bar__minus_00_dot_57_bar__plus_00_dot_94_bar__minus_00_dot_33)
        (cleanable Pan_bar__minus_00_dot_57_bar__plus_00_dot_94_bar__minus_00_dot_33)
        (coolable Pan_bar__minus_00_dot_57_bar__plus_00_dot_94_bar__minus_00_dot_33)
        (inReceptacle Pan_bar__minus_00_dot_57_bar__plus_00_dot_94_bar__minus_00_dot_33 Sink_bar__plus_03_dot_20_bar__plus_00_dot_04_bar__plus_01_dot_53_bar_SinkBasin)
        (objectAtLocation Pan_bar__minus_00_dot_57_bar__plus_00_dot_94_bar__minus_00_dot_33 loc_bar__minus_9_bar_5_bar_2_bar_30)
        (objectType Plate_bar__plus_01_dot_94_bar__plus_00_dot_32_bar__plus_00_dot_17 PlateType)
        (pickupable Plate_bar__plus_01_dot_94_bar__plus_00_dot_32_bar__plus_00_dot_17)
        (cleanable Plate_bar__plus_01_dot_94_bar__plus_00_dot_32_bar__plus_00_dot_17)
        (heatable Plate_bar__plus_01_dot_94_bar__plus_00_dot_32_bar__plus_00_dot_17)
        (coolable Plate_bar__plus_01_dot_94_bar__plus_00_dot_32_bar__plus_00_dot_17)
        (inReceptacle Plate_bar__plus_01_dot_94_bar__plus_00_dot_32_bar__plus_00_dot_17 Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80)
        (objectAtLocation Plate_bar__plus_01_dot_94_bar__plus_00_dot_32_bar__plus_00_dot_17 loc_bar_3_bar__minus_2_bar_2_bar_30)
        (objectType Cup_bar__plus_00_dot_04_bar__plus_01_dot_38_bar__plus_01_dot_71 CupType)
        (pickupable Cup_bar__plus_00_dot_04_bar__plus_01_dot_38_bar__plus_01_dot_71)
        (cleanable Cup_bar__plus_00_dot_04_bar__plus_01_dot_38_bar__plus_01_dot_71)
        (heatable Cup_bar__plus_00_dot_04_bar__plus_01_dot_38_bar__plus_01_dot_71)
        (coolable Cup_bar__plus_00_dot_04_bar__plus_01_dot_38_bar__plus_01_dot_71)
        (inReceptacle Cup_bar__plus_00_dot_04_bar__plus_01_dot_38_bar__plus_01_dot_71 Fridge_bar__minus_01_dot_55_bar__plus_00_dot_75_bar__plus_02_dot_76)
        (objectAtLocation Cup_bar__plus_00_dot_04_bar__plus_01_dot_38_bar__plus_01_dot_71 loc_bar_8_bar_2_bar_3_bar_60)
        (objectType WineBottle_bar__minus_00_dot_79_bar__plus_02_dot_04_bar__minus_00_dot_39 WineBottleType)
        (pickupable WineBottle_bar__minus_00_dot_79_bar__plus_02_dot_04_bar__minus_00_dot_39)
        (coolable WineBottle_bar__minus_00_dot_79_bar__plus_02_dot_04_bar__minus_00_dot_39)
        (inReceptacle WineBottle_bar__minus_00_dot_79_bar__plus_02_dot_04_bar__minus_00_dot_39 CounterTop_bar__plus_02_dot_71_bar__plus_00_dot_41_bar__plus_02_dot_74)
        (objectAtLocation WineBottle_bar__minus_00_dot_79_bar__plus_02_dot_04_bar__minus_00_dot_39 loc_bar__minus_9_bar_5_bar_0_bar_0)
        (objectType SoapBottle_bar__plus_02_dot_91_bar__plus_00_dot_14_bar__minus_01_dot_72 SoapBottleType)
        (pickupable SoapBottle_bar__plus_02_dot_91_bar__plus_00_dot_14_bar__minus_01_dot_72)
        (inReceptacle SoapBottle_bar__plus_02_dot_91_bar__plus_00_dot_14_bar__minus_01_dot_72 Drawer_bar__plus_01_dot_60_bar__plus_02_dot_31_bar__minus_03_dot_49)
        (objectAtLocation SoapBottle_bar__plus_02_dot_91_bar__plus_00_dot_14_bar__minus_01_dot_72 loc_bar_0_bar__minus_8_bar_0_bar_45)
        (objectType Bread_bar__plus_01_dot_57_bar__plus_00_dot_91_bar__plus_00_dot_87 BreadType)
        (pickupable Bread_bar__plus_01_dot_57_bar__plus_00_dot_91_bar__plus_00_dot_87)
        (heatable Bread_bar__plus_01_dot_57_bar__plus_00_dot_91_bar__plus_00_dot_87)
        (coolable Bread_bar__plus_01_dot_57_bar__plus_00_dot_91_bar__plus_00_dot_87)
        (inReceptacle Bread_bar__plus_01_dot_57_bar__plus_00_dot_91_bar__plus_00_dot_87 CounterTop_bar__plus_02_dot_71_bar__plus_00_dot_41_bar__plus_02_dot_74)
        (objectAtLocation Bread_bar__plus_01_dot_57_bar__plus_00_dot_91_bar__plus_00_dot_87 loc_bar__minus_9_bar_5_bar_0_bar_0)
        (canContain CabinetType CupType)
        (canContain CabinetType PanType)
        (canContain CabinetType PlateType)
        (canContain CabinetType SoapBottleType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType SoapBottleType)
        (canContain CounterTopType WineBottleType)
        (canContain DrawerType SoapBottleType)
        (canContain FridgeType BreadType)
        (canContain FridgeType CupType)
        (canContain FridgeType PanType)
        (canContain FridgeType PlateType)
        (canContain FridgeType WineBottleType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType PlateType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType PlateType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o PanType)
                            (receptacleType ?r CabinetType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
