(define (problem plan_trial_T20191101_054251_553659)
    (:domain alfred)
    (:objects
        agent1 - agent
        AppleType - otype
        BreadType - otype
        ButterKnifeType - otype
        KnifeType - otype
        MugType - otype
        PepperShakerType - otype
        PlateType - otype
        SoapBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        Plate_bar__minus_00_dot_97_bar__plus_00_dot_87_bar__plus_00_dot_95 - object
        Plate_bar__plus_01_dot_59_bar__plus_00_dot_48_bar__plus_01_dot_70 - object
        Apple_bar__minus_00_dot_01_bar__plus_03_dot_37_bar__minus_01_dot_09 - object
        SoapBottle_bar__minus_03_dot_21_bar__plus_01_dot_48_bar__minus_02_dot_23 - object
        PepperShaker_bar__minus_02_dot_45_bar__plus_02_dot_61_bar__minus_02_dot_74 - object
        Bread_bar__plus_00_dot_44_bar__plus_00_dot_56_bar__plus_02_dot_38 - object
        Mug_bar__minus_01_dot_18_bar__plus_00_dot_18_bar__minus_02_dot_18 - object
        Cabinet_bar__plus_01_dot_02_bar__plus_02_dot_23_bar__plus_02_dot_74 - receptacle
        CounterTop_bar__minus_00_dot_52_bar__plus_01_dot_48_bar__plus_02_dot_50 - receptacle
        CounterTop_bar__minus_01_dot_34_bar__plus_00_dot_35_bar__minus_00_dot_54 - receptacle
        Fridge_bar__plus_01_dot_35_bar__plus_03_dot_03_bar__plus_02_dot_68 - receptacle
        Microwave_bar__plus_02_dot_11_bar__plus_01_dot_40_bar__plus_00_dot_98 - receptacle
        Shelf_bar__minus_01_dot_69_bar__plus_02_dot_81_bar__minus_00_dot_97 - receptacle
        Sink_bar__minus_01_dot_24_bar__plus_02_dot_02_bar__minus_01_dot_07_bar_SinkBasin - receptacle
        loc_bar_1_bar_7_bar_1_bar_30 - location
        loc_bar_2_bar__minus_2_bar_2_bar_0 - location
        loc_bar_3_bar_9_bar_1_bar_15 - location
        loc_bar_4_bar_6_bar_0_bar_0 - location
        loc_bar_7_bar_1_bar_1_bar_15 - location
        loc_bar__minus_2_bar__minus_8_bar_3_bar_30 - location
        loc_bar__minus_5_bar_1_bar_1_bar_15 - location
        loc_bar__minus_8_bar_5_bar_3_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_2_bar__minus_8_bar_3_bar_30)
        (receptacleType Cabinet_bar__plus_01_dot_02_bar__plus_02_dot_23_bar__plus_02_dot_74 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_02_bar__plus_02_dot_23_bar__plus_02_dot_74 loc_bar_7_bar_1_bar_1_bar_15)
        (openable Cabinet_bar__plus_01_dot_02_bar__plus_02_dot_23_bar__plus_02_dot_74)
        (receptacleType CounterTop_bar__minus_00_dot_52_bar__plus_01_dot_48_bar__plus_02_dot_50 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_00_dot_52_bar__plus_01_dot_48_bar__plus_02_dot_50 loc_bar_2_bar__minus_2_bar_2_bar_0)
        (receptacleType CounterTop_bar__minus_01_dot_34_bar__plus_00_dot_35_bar__minus_00_dot_54 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_34_bar__plus_00_dot_35_bar__minus_00_dot_54 loc_bar__minus_8_bar_5_bar_3_bar_15)
        (receptacleType Fridge_bar__plus_01_dot_35_bar__plus_03_dot_03_bar__plus_02_dot_68 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_35_bar__plus_03_dot_03_bar__plus_02_dot_68 loc_bar_3_bar_9_bar_1_bar_15)
        (openable Fridge_bar__plus_01_dot_35_bar__plus_03_dot_03_bar__plus_02_dot_68)
        (receptacleType Microwave_bar__plus_02_dot_11_bar__plus_01_dot_40_bar__plus_00_dot_98 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_02_dot_11_bar__plus_01_dot_40_bar__plus_00_dot_98 loc_bar_4_bar_6_bar_0_bar_0)
        (openable Microwave_bar__plus_02_dot_11_bar__plus_01_dot_40_bar__plus_00_dot_98)
        (receptacleType Shelf_bar__minus_01_dot_69_bar__plus_02_dot_81_bar__minus_00_dot_97 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_69_bar__plus_02_dot_81_bar__minus_00_dot_97 loc_bar__minus_5_bar_1_bar_1_bar_15)
        (receptacleType Sink_bar__minus_01_dot_24_bar__plus_02_dot_02_bar__minus_01_dot_07_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_24_bar__plus_02_dot_02_bar__minus_01_dot_07_bar_SinkBasin loc_bar_1_bar_7_bar_1_bar_30)
        (objectType Plate_bar__minus_00_dot_97_bar__plus_00_dot_87_bar__plus_00_dot_95 PlateType)
        (pickupable Plate_bar__minus_00_dot_97_bar__plus_00_dot_87_bar__plus_00_dot_95)
        (cleanable Plate_bar__minus_00_dot_97_bar__plus_00_dot_87_bar__plus_00_dot_95)
        (heatable Plate_bar__minus_00_dot_97_bar__plus_00_dot_87_bar__plus_00_dot_95)
        (coolable Plate_bar__minus_00_dot_97_bar__plus_00_dot_87_bar__plus_00_dot_95)
        (inReceptacle Plate_bar__minus_00_dot_97_bar__plus_00_dot_87_bar__plus_00_dot_95 Shelf_bar__minus_01_dot_69_bar__plus_02_dot_81_bar__minus_00_dot_97)
        (objectAtLocation Plate_bar__minus_00_dot_97_bar__plus_00_dot_87_bar__plus_00_dot_95 loc_bar__minus_5_bar_1_bar_1_bar_15)
        (objectType Plate_bar__plus_01_dot_59_bar__plus_00_dot_48_bar__plus_01_dot_70 PlateType)
        (pickupable Plate_bar__plus_01_dot_59_bar__plus_00_dot_48_bar__plus_01_dot_70)
        (cleanable Plate_bar__plus_01_dot_59_bar__plus_00_dot_48_bar__plus_01_dot_70)
        (heatable Plate_bar__plus_01_dot_59_bar__plus_00_dot_48_bar__plus_01_dot_70)
        (coolable Plate_bar__plus_01_dot_59_bar__plus_00_dot_48_bar__plus_01_dot_70)
        (inReceptacle Plate_bar__plus_01_dot_59_bar__plus_00_dot_48_bar__plus_01_dot_70 Sink_bar__minus_01_dot_24_bar__plus_02_dot_02_bar__minus_01_dot_07_bar_SinkBasin)
        (objectAtLocation Plate_bar__plus_01_dot_59_bar__plus_00_dot_48_bar__plus_01_dot_70 loc_bar_1_bar_7_bar_1_bar_30)
        (objectType Apple_bar__minus_00_dot_01_bar__plus_03_dot_37_bar__minus_01_dot_09 AppleType)
        (pickupable Apple_bar__minus_00_dot_01_bar__plus_03_dot_37_bar__minus_01_dot_09)
        (cleanable Apple_bar__minus_00_dot_01_bar__plus_03_dot_37_bar__minus_01_dot_09)
        (heatable Apple_bar__minus_00_dot_01_bar__plus_03_dot_37_bar__minus_01_dot_09)
        (coolable Apple_bar__minus_00_dot_01_bar__plus_03_dot_37_bar__minus_01_dot_09)
        (inReceptacle Apple_bar__minus_00_dot_01_bar__plus_03_dot_37_bar__minus_01_dot_09 Fridge_bar__plus_01_dot_35_bar__plus_03_dot_03_bar__plus_02_dot_68)
        (objectAtLocation Apple_bar__minus_00_dot_01_bar__plus_03_dot_37_bar__minus_01_dot_09 loc_bar_3_bar_9_bar_1_bar_15)
        (objectType SoapBottle_bar__minus_03_dot_21_bar__plus_01_dot_48_bar__minus_02_dot_23 SoapBottleType)
        (pickupable SoapBottle_bar__minus_03_dot_21_bar__plus_01_dot_48_bar__minus_02_dot_23)
        (inReceptacle SoapBottle_bar__minus_03_dot_21_bar__plus_01_dot_48_bar__minus_02_dot_23 Shelf_bar__minus_01_dot_69_bar__plus_02_dot_81_bar__minus_00_dot_97)
        (objectAtLocation SoapBottle_bar__minus_03_dot_21_bar__plus_01_dot_48_bar__minus_02_dot_23 loc_bar__minus_5_bar_1_bar_1_bar_15)
        (objectType PepperShaker_bar__minus_02_dot_45_bar__plus_02_dot_61_bar__minus_02_dot_74 PepperShakerType)
        (pickupable PepperShaker_bar__minus_02_dot_45_bar__plus_02_dot_61_bar__minus_02_dot_74)
        (inReceptacle PepperShaker_bar__minus_02_dot_45_bar__plus_02_dot_61_bar__minus_02_dot_74 CounterTop_bar__minus_00_dot_52_bar__plus_01_dot_48_bar__plus_02_dot_50)
        (objectAtLocation PepperShaker_bar__minus_02_dot_45_bar__plus_02_dot_61_bar__minus_02_dot_74 loc_bar_2_bar__minus_2_bar_2_bar_0)
        (objectType Bread_bar__plus_00_dot_44_bar__plus_00_dot_56_bar__plus_02_dot_38 BreadType)
        (pickupable Bread_bar__plus_00_dot_44_bar__plus_00_dot_56_bar__plus_02_dot_38)
        (heatable Bread_bar__plus_00_dot_44_bar__plus_00_dot_56_bar__plus_02_dot_38)
        (coolable Bread_bar__plus_00_dot_44_bar__plus_00_dot_56_bar__plus_02_dot_38)
        (inReceptacle Bread_bar__plus_00_dot_44_bar__plus_00_dot_56_bar__plus_02_dot_38 Fridge_bar__plus_01_dot_35_bar__plus_03_dot_03_bar__plus_02_dot_68)
        (objectAtLocation Bread_bar__plus_00_dot_44_bar__plus_00_dot_56_bar__plus_02_dot_38 loc_bar_3_bar_9_bar_1_bar_15)
        (objectType Mug_bar__minus_01_dot_18_bar__plus_00_dot_18_bar__minus_02_dot_18 MugType)
        (pickupable Mug_bar__minus_01_dot_18_bar__plus_00_dot_18_bar__minus_02_dot_18)
        (cleanable Mug_bar__minus_01_dot_18_bar__plus_00_dot_18_bar__minus_02_dot_18)
        (heatable Mug_bar__minus_01_dot_18_bar__plus_00_dot_18_bar__minus_02_dot_18)
        (coolable Mug_bar__minus_01_dot_18_bar__plus_00_dot_18_bar__minus_02_dot_18)
        (inReceptacle Mug_bar__minus_01_dot_18_bar__plus_00_dot_18_bar__minus_02_dot_18 Microwave_bar__plus_02_dot_11_bar__plus_01_dot_40_bar__plus_00_dot_98)
        (objectAtLocation Mug_bar__minus_01_dot_18_bar__plus_00_dot_18_bar__minus_02_dot_18 loc_bar_4_bar_6_bar_0_bar_0)
        (canContain CabinetType MugType)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType PlateType)
        (canContain CabinetType SoapBottleType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType SoapBottleType)
        (canContain FridgeType AppleType)
        (canContain FridgeType BreadType)
        (canContain FridgeType MugType)
        (canContain FridgeType PlateType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType MugType)
        (canContain MicrowaveType PlateType)
        (canContain ShelfType MugType)
        (canContain ShelfType PepperShakerType)
        (canContain ShelfType PlateType)
        (canContain ShelfType SoapBottleType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PlateType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o PlateType)
                            (receptacleType ?r MicrowaveType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
